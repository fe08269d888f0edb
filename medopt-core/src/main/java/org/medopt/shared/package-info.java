/** Small value types shared by every part of MedOpt. */
package org.medopt.shared;
