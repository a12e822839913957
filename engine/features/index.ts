import { answer } from './answer/answer.js';
import { cancel } from './cancel/cancel.js';
import { cooldownEndNotice } from './cooldownEndNotice/cooldownEndNotice.js';
import { datedChanges } from './datedChanges/datedChanges.js';
import type { Feature } from './Feature.js';
import { lifecycle } from './lifecycle/lifecycle.js';
import { memos } from './memos/memos.js';
import { reRequest } from './reRequest/reRequest.js';
import { reminder } from './reminder/reminder.js';
import { request } from './request/request.js';
import { responseDeadline } from './responseDeadline/responseDeadline.js';

/**
 * The features, each a folder (docs/adding-a-rule.md): the one list the engine, `decide`,
 * `evolve` and the mutant catalogue read. The order is the order in which one event's timers
 * are armed (a request's timeout before its reminder). The mutant catalogue takes its order
 * from `CATALOGUE_ORDER` (engine/mutants/ruleMutants.ts); this list orders only the mutants that
 * list does not name, after it: the reminder's two, then the cooldown-end notice's one.
 */
export const FEATURES: readonly Feature[] = [lifecycle, request, reRequest, answer, cancel, memos, responseDeadline, reminder, datedChanges, cooldownEndNotice];
