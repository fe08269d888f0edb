package org.medopt.review;

import java.util.List;
import org.medopt.knowledge.RuleDefinition;

/** Evaluates one kind of rule against a medication list and a person; a pure function of its inputs. */
interface RuleEvaluator {

    List<Hit> evaluate(RuleDefinition rule, ReviewContext context);
}
