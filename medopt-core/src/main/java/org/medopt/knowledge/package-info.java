/**
 * Clinical knowledge: the drug catalog and, later, rules and protocols, read from versioned data files
 * in which every fact cites its source. Knows nothing of Spring, HTTP or SQL.
 */
package org.medopt.knowledge;
