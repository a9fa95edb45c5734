// Every rule, in the order the docs and `posflow rules` list them.
import type { Rule } from "./types.ts";
import { inputUnreadable } from "./rules/input-unreadable.ts";
import { notAPos } from "./rules/not-a-pos.ts";
import { encodingFallback } from "./rules/encoding-fallback.ts";
import { identityRequired } from "./rules/identity-required.ts";
import { identityEffectiveDate } from "./rules/identity-effective-date.ts";
import { dateInvalid } from "./rules/date-invalid.ts";
import { dateOrder } from "./rules/date-order.ts";
import { approverIncomplete } from "./rules/approver-incomplete.ts";
import { nipInvalid } from "./rules/nip-invalid.ts";
import { sectionRequired } from "./rules/section-required.ts";
import { relatedEmpty } from "./rules/related-empty.ts";
import { listItemEmpty } from "./rules/list-item-empty.ts";
import { listNumbering } from "./rules/list-numbering.ts";
import { tableMissing } from "./rules/table-missing.ts";
import { laneMissing } from "./rules/lane-missing.ts";
import { stepNumbering } from "./rules/step-numbering.ts";
import { mutuBakuIncomplete } from "./rules/mutu-baku-incomplete.ts";
import { timeUnparsed } from "./rules/time-unparsed.ts";
import { actorMissing } from "./rules/actor-missing.ts";
import { actorInferred } from "./rules/actor-inferred.ts";
import { laneUnused } from "./rules/lane-unused.ts";
import { decisionTarget } from "./rules/decision-target.ts";
import { flowDrawnText } from "./rules/flow-drawn-text.ts";
import { flowUnreachable } from "./rules/flow-unreachable.ts";
import { activitySubject } from "./rules/activity-subject.ts";
import { actorAmbiguous, cellMoved, cellOutsideHeader, contentKept, lineUnplaced, stepRowDropped, timeSubSteps, timeVariable } from "./rules/parse-notes.ts";
import { templatePlaceholder } from "./rules/template-placeholder.ts";
import { bidiControl } from "./rules/bidi-control.ts";
import { numberDuplicate } from "./collection/number-duplicate.ts";
import { approverNameMismatch } from "./collection/approver-name-mismatch.ts";
import { relatedUnresolved } from "./collection/related-unresolved.ts";

export const RULES: readonly Rule[] = [
  inputUnreadable,
  notAPos,
  encodingFallback,
  stepRowDropped,
  lineUnplaced,
  contentKept,
  cellMoved,
  cellOutsideHeader,
  identityRequired,
  identityEffectiveDate,
  dateInvalid,
  dateOrder,
  approverIncomplete,
  nipInvalid,
  sectionRequired,
  relatedEmpty,
  listItemEmpty,
  listNumbering,
  tableMissing,
  laneMissing,
  stepNumbering,
  mutuBakuIncomplete,
  timeUnparsed,
  timeVariable,
  timeSubSteps,
  actorMissing,
  actorInferred,
  actorAmbiguous,
  laneUnused,
  decisionTarget,
  flowDrawnText,
  flowUnreachable,
  activitySubject,
  templatePlaceholder,
  bidiControl,
  numberDuplicate,
  approverNameMismatch,
  relatedUnresolved,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
