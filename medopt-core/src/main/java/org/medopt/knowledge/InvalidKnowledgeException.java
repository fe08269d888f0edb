package org.medopt.knowledge;

/** A knowledge-base file holds an entry that cannot be trusted; the message names file and entry. */
public class InvalidKnowledgeException extends RuntimeException {

    public InvalidKnowledgeException(String file, String entry, String problem) {
        super(file + ", entry " + entry + ": " + problem);
    }

    public InvalidKnowledgeException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
