package org.medopt.knowledge;

/** A cited source of knowledge-base facts, with how well it was checked. */
public record KnowledgeSource(String id, String title, String url, Verification verification, String note) {
}
