/** Facts about a person served that clinical logic depends on. */
package org.medopt.person;
