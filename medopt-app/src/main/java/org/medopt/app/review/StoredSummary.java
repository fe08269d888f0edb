package org.medopt.app.review;

/** A person's stored review in brief: under which knowledge-base version it ran and how many critical findings are open. */
record StoredSummary(long personId, String knowledgeVersion, int openCritical) {
}
