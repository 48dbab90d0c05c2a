/** Runnable scenarios from the stories SharedCX comes from, each a JSON portfolio checked by a test. */
package io.sharedcx.examples;
