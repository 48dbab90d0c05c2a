/** Reading and writing the SharedCX model as JSON, with limits and precise errors. */
package io.sharedcx.model.json;
