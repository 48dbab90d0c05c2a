/** The {@code cx} command line: standards, check, test and assess. */
package io.sharedcx.cli;
