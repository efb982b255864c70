export const id = 211;
export const ids = [211];
export const modules = {

/***/ 91603:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readAssignments = readAssignments;
exports.waitForAppPublished = waitForAppPublished;
exports.applyAssignments = applyAssignments;
/**
 * Reads an app's assignments and writes a planned set. Intune refuses `assign` until the app is
 * published, so the write first waits for publishingState `published` (with a deadline) and then retries
 * the one 400 that says "not 'Published'" for a bounded time: the state can lag behind the read.
 */
const errors_1 = __webpack_require__(7324);
const waitFor_1 = __webpack_require__(92807);
const shared_1 = __webpack_require__(62876);
/** The app's current assignments, read through beta so filters and beta-only settings come back too. */
function readAssignments(graph, appId) {
    return graph.list(`${shared_1.APPS}/${appId}/assignments`, { version: 'beta' });
}
const NOT_PUBLISHED = /PublishingState is not 'Published'/i;
/** Waits until the app's publishingState is `published`. */
function waitForAppPublished(graph, appId, opts = {}) {
    return (0, waitFor_1.waitFor)(async () => {
        const app = await graph.get(`${shared_1.APPS}/${appId}?$select=publishingState`);
        return app.publishingState === 'published'
            ? { done: true, value: undefined }
            : { done: false, state: app.publishingState };
    }, { what: `app ${appId} to be published`, deadlineMs: opts.deadlineMs ?? 600_000, sleep: opts.sleep });
}
/** Posts the plan's full set to `assign` when it changes anything. Returns whether it wrote. */
async function applyAssignments(graph, appId, plan, opts = {}) {
    if (!plan.hasChanges)
        return false;
    const deadlineMs = opts.deadlineMs ?? 600_000;
    const started = Date.now();
    await (opts.waitForPublished ?? (() => waitForAppPublished(graph, appId, opts)))();
    const body = { mobileAppAssignments: plan.desired };
    await (0, waitFor_1.waitFor)(async () => {
        try {
            // `assign` replaces the whole set: sending it twice is harmless, so a 5xx is retried.
            await graph.post(`${shared_1.APPS}/${appId}/assign`, body, { version: plan.version, idempotent: true });
            return { done: true, value: undefined };
        }
        catch (e) {
            if (e instanceof errors_1.IntunePublishError && e.status === 400 && NOT_PUBLISHED.test(e.message))
                return { done: false, state: 'assign refused: not published yet' };
            throw e;
        }
    }, {
        what: `Intune to accept assignments for app ${appId}`,
        deadlineMs: Math.max(deadlineMs - (Date.now() - started), 1_000),
        initialDelayMs: 2_000,
        sleep: opts.sleep,
    }).catch((e) => {
        if (e instanceof errors_1.IntunePublishError && e.code === errors_1.ErrorCodes.Timeout)
            throw new errors_1.IntunePublishError(errors_1.ErrorCodes.Timeout, e.message, {
                fix: 'The app is uploaded; run again to apply the assignments (the run is idempotent).',
            });
        throw e;
    });
    return true;
}
//# sourceMappingURL=applyAssignments.js.map

/***/ }),

/***/ 90698:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRelationships = readRelationships;
exports.applyRelationships = applyRelationships;
const shared_1 = __webpack_require__(62876);
function readRelationships(graph, appId) {
    return graph.list(`${shared_1.APPS}/${appId}/relationships`, { version: 'beta' });
}
/**
 * Posts the plan's complete list to updateRelationships when it changes anything; returns whether it
 * wrote. The body is always a real array (`{"relationships":[]}` clears, null would break the call).
 */
async function applyRelationships(graph, appId, plan) {
    if (!plan.hasChanges)
        return false;
    const relationships = plan.desired.map(r => ({ ...r }));
    await graph.post(`${shared_1.APPS}/${appId}/updateRelationships`, { relationships }, { version: 'beta', idempotent: true });
    return true;
}
//# sourceMappingURL=applyRelationships.js.map

/***/ }),

/***/ 66810:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.targetKey = targetKey;
exports.hasFilter = hasFilter;
exports.canonical = canonical;
exports.assignmentDifferences = assignmentDifferences;
exports.describeTarget = describeTarget;
/**
 * What makes two assignments "the same" for Intune and for us. Intune keeps one assignment per target
 * (target @odata.type + groupId), so that is the identity; equality ignores what Graph adds on read (ids,
 * `source`/`sourceId`, nulls for absent values, the `none` filter, property order, date formatting).
 */
const shared_1 = __webpack_require__(62876);
const NOISE = new Set(['id', 'source', 'sourceId', '@odata.context']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const FILTER_ID = 'deviceAndAppManagementAssignmentFilterId';
const FILTER_TYPE = 'deviceAndAppManagementAssignmentFilterType';
const shortType = (t) => String(t ?? '').replace(/^#?microsoft\.graph\./i, '');
/** Identity of a target: `groupAssignmentTarget|<group id>`, `allDevicesAssignmentTarget|`. */
function targetKey(target) {
    return `${shortType(target['@odata.type']).toLowerCase()}|${String(target.groupId ?? '').toLowerCase()}`;
}
/** True when the target carries a real assignment filter (not absent, not `none`). */
function hasFilter(target) {
    const type = target[FILTER_TYPE];
    return Boolean(target[FILTER_ID]) && type !== 'none';
}
/** A comparable copy: noise dropped, nulls dropped, ids lower-cased, dates in one format, keys sorted. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value && typeof value === 'object') {
        const o = value;
        const out = {};
        for (const k of Object.keys(o).sort()) {
            if (NOISE.has(k) || o[k] === null || o[k] === undefined)
                continue;
            if (k === FILTER_TYPE && o[k] === 'none' && !o[FILTER_ID])
                continue;
            out[k] = canonical(o[k]);
        }
        return out;
    }
    if (typeof value === 'string') {
        if (shared_1.GUID.test(value))
            return value.toLowerCase();
        if (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)))
            return new Date(value).toISOString();
    }
    return value;
}
function flatten(value, at, out) {
    if (value && typeof value === 'object' && !Array.isArray(value))
        for (const [k, v] of Object.entries(value))
            flatten(v, at ? `${at}.${k}` : k, out);
    else
        out.set(at, value);
    return out;
}
const show = (v) => (v === undefined ? '(none)' : JSON.stringify(v));
/** The fields that differ between two assignments of the same target, as `field: old → new`. */
function assignmentDifferences(current, desired) {
    const pick = (a) => ({ intent: a.intent, target: a.target, settings: a.settings });
    const a = flatten(canonical(pick(current)), '', new Map());
    const b = flatten(canonical(pick(desired)), '', new Map());
    const out = [];
    for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
        if (key.endsWith('@odata.type') && key.startsWith('target'))
            continue;
        if (JSON.stringify(a.get(key)) !== JSON.stringify(b.get(key)))
            out.push(`${key.replace(FILTER_ID, 'filterId').replace(FILTER_TYPE, 'filterType')}: ${show(a.get(key))} → ${show(b.get(key))}`);
    }
    return out;
}
/** How the plan names a target: `group "Pilot Users" (id)`, `all devices`; with its filter. */
function describeTarget(target, names) {
    const type = shortType(target['@odata.type']);
    const id = String(target.groupId ?? '');
    const name = names[id.toLowerCase()];
    const group = name ? `"${name}" (${id})` : id;
    let text;
    if (type === 'groupAssignmentTarget')
        text = `group ${group}`;
    else if (type === 'exclusionGroupAssignmentTarget')
        text = `excluded group ${group}`;
    else if (type === 'allLicensedUsersAssignmentTarget')
        text = 'all users';
    else if (type === 'allDevicesAssignmentTarget')
        text = 'all devices';
    else
        text = id ? `${type} ${group}` : type;
    if (hasFilter(target)) {
        const fid = String(target[FILTER_ID]);
        const fname = names[fid.toLowerCase()];
        text += ` with filter ${fname ? `"${fname}"` : fid} (${String(target[FILTER_TYPE])})`;
    }
    return text;
}
//# sourceMappingURL=assignmentIdentity.js.map

/***/ }),

/***/ 76109:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readCategories = readCategories;
exports.planCategories = planCategories;
exports.applyCategories = applyCategories;
exports.scopeTagIds = scopeTagIds;
/** App categories (linked with `$ref`) and scope tags (the app body's roleScopeTagIds, beta). */
const shared_1 = __webpack_require__(62876);
/** The categories linked to an app now. */
function readCategories(graph, appId) {
    return graph.list(`${shared_1.APPS}/${appId}/categories`);
}
/** Which wanted categories are new and which the app already has (names compared ignoring case). */
function planCategories(currentNames, wantedNames) {
    const have = new Set(currentNames.map(n => n.toLowerCase()));
    const wanted = [...new Map(wantedNames.map(n => [n.toLowerCase(), n])).values()];
    return {
        added: wanted.filter(n => !have.has(n.toLowerCase())),
        kept: wanted.filter(n => have.has(n.toLowerCase())),
    };
}
/**
 * Links each category not linked yet (Intune answers 400 to a duplicate link, so existing ones are
 * skipped). Never unlinks: categories set by hand stay. Returns the ids linked.
 */
async function applyCategories(graph, appId, categoryIds, existingIds) {
    const have = new Set(existingIds.map(id => id.toLowerCase()));
    const linked = [];
    for (const id of categoryIds) {
        if (have.has(id.toLowerCase()))
            continue;
        have.add(id.toLowerCase());
        await graph.post(`${shared_1.APPS}/${appId}/categories/$ref`, {
            '@odata.id': `${graph.graphUrl}/v1.0/deviceAppManagement/mobileAppCategories/${id}`,
        });
        linked.push(id);
    }
    return linked;
}
/** roleScopeTagIds for the app body (send it through beta) from resolved scope tag names; undefined if none. */
function scopeTagIds(names, resolved) {
    if (!names.length)
        return undefined;
    return [...new Set(names.map(n => resolved[n]).filter((id) => id !== undefined))];
}
//# sourceMappingURL=categories.js.map

/***/ }),

/***/ 62337:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.directoryNeeds = directoryNeeds;
exports.neededPermissions = neededPermissions;
/**
 * What a run must look up in the directory and which Graph permissions that takes, read from the
 * templates before anything is sent.
 */
const requirements_1 = __webpack_require__(47838);
/** The names and ids to resolve for these templates (the app template's own assignments when no other is given). */
function directoryNeeds(assignmentTemplate, appTemplate, opts = {}) {
    const tpl = assignmentTemplate ?? appTemplate?.assignments;
    const needs = {
        groupNames: [],
        groupIds: [],
        filterNames: [],
        scopeTagNames: [...(appTemplate?.scopeTags ?? [])],
        categoryNames: [...(appTemplate?.categories ?? [])],
        nonEmptyGroups: [],
        allowEmptyGroups: opts.allowEmptyGroups === true || tpl?.guardrails.allowEmptyGroups === true,
    };
    for (const e of tpl?.entries ?? []) {
        const t = e.target;
        if (t.kind === 'group' || t.kind === 'exclusionGroup') {
            if (t.groupName !== undefined)
                needs.groupNames.push(t.groupName);
            if (t.groupId !== undefined)
                needs.groupIds.push(t.groupId);
            // An empty exclusion group excludes nobody, which is harmless; an empty include group reaches nobody.
            if (t.kind === 'group')
                needs.nonEmptyGroups.push((t.groupName ?? t.groupId));
        }
        if (e.filter?.name !== undefined)
            needs.filterNames.push(e.filter.name);
    }
    return needs;
}
/**
 * Permissions the directory look-ups need (publishing itself, DeviceManagementApps.ReadWrite.All, is the
 * caller's). Group ids need group read too: we check they exist and have members.
 */
function neededPermissions(assignmentTemplate, appTemplate) {
    const n = directoryNeeds(assignmentTemplate, appTemplate);
    const out = [];
    if (n.groupNames.length || n.groupIds.length)
        out.push(requirements_1.Requirements.groupsByName);
    if (n.filterNames.length)
        out.push(requirements_1.Requirements.filtersByName);
    if (n.scopeTagNames.length)
        out.push(requirements_1.Requirements.scopeTagsByName);
    return out;
}
//# sourceMappingURL=directoryNeeds.js.map

/***/ }),

/***/ 31113:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scopeTagIds = exports.applyCategories = exports.planCategories = exports.readCategories = exports.applyRelationships = exports.readRelationships = exports.MAX_SUPERSEDENCES = exports.MAX_DEPENDENCIES = exports.ownRelationships = exports.planRelationships = exports.resolveAppRef = exports.describeTarget = exports.assignmentDifferences = exports.canonical = exports.hasFilter = exports.targetKey = exports.waitForAppPublished = exports.applyAssignments = exports.readAssignments = exports.planAssignments = exports.neededPermissions = exports.directoryNeeds = exports.emptyGroups = exports.resolveCategories = exports.resolveScopeTags = exports.resolveFilters = exports.resolveGroups = exports.resolveDirectory = void 0;
/** Assignments, relationships, categories and scope tags: resolve names, plan without writing, then apply. */
var resolveDirectory_1 = __webpack_require__(4154);
Object.defineProperty(exports, "resolveDirectory", ({ enumerable: true, get: function () { return resolveDirectory_1.resolveDirectory; } }));
Object.defineProperty(exports, "resolveGroups", ({ enumerable: true, get: function () { return resolveDirectory_1.resolveGroups; } }));
Object.defineProperty(exports, "resolveFilters", ({ enumerable: true, get: function () { return resolveDirectory_1.resolveFilters; } }));
Object.defineProperty(exports, "resolveScopeTags", ({ enumerable: true, get: function () { return resolveDirectory_1.resolveScopeTags; } }));
Object.defineProperty(exports, "resolveCategories", ({ enumerable: true, get: function () { return resolveDirectory_1.resolveCategories; } }));
Object.defineProperty(exports, "emptyGroups", ({ enumerable: true, get: function () { return resolveDirectory_1.emptyGroups; } }));
var directoryNeeds_1 = __webpack_require__(62337);
Object.defineProperty(exports, "directoryNeeds", ({ enumerable: true, get: function () { return directoryNeeds_1.directoryNeeds; } }));
Object.defineProperty(exports, "neededPermissions", ({ enumerable: true, get: function () { return directoryNeeds_1.neededPermissions; } }));
var planAssignments_1 = __webpack_require__(13702);
Object.defineProperty(exports, "planAssignments", ({ enumerable: true, get: function () { return planAssignments_1.planAssignments; } }));
var applyAssignments_1 = __webpack_require__(91603);
Object.defineProperty(exports, "readAssignments", ({ enumerable: true, get: function () { return applyAssignments_1.readAssignments; } }));
Object.defineProperty(exports, "applyAssignments", ({ enumerable: true, get: function () { return applyAssignments_1.applyAssignments; } }));
Object.defineProperty(exports, "waitForAppPublished", ({ enumerable: true, get: function () { return applyAssignments_1.waitForAppPublished; } }));
var assignmentIdentity_1 = __webpack_require__(66810);
Object.defineProperty(exports, "targetKey", ({ enumerable: true, get: function () { return assignmentIdentity_1.targetKey; } }));
Object.defineProperty(exports, "hasFilter", ({ enumerable: true, get: function () { return assignmentIdentity_1.hasFilter; } }));
Object.defineProperty(exports, "canonical", ({ enumerable: true, get: function () { return assignmentIdentity_1.canonical; } }));
Object.defineProperty(exports, "assignmentDifferences", ({ enumerable: true, get: function () { return assignmentIdentity_1.assignmentDifferences; } }));
Object.defineProperty(exports, "describeTarget", ({ enumerable: true, get: function () { return assignmentIdentity_1.describeTarget; } }));
var resolveAppRef_1 = __webpack_require__(45833);
Object.defineProperty(exports, "resolveAppRef", ({ enumerable: true, get: function () { return resolveAppRef_1.resolveAppRef; } }));
var planRelationships_1 = __webpack_require__(91483);
Object.defineProperty(exports, "planRelationships", ({ enumerable: true, get: function () { return planRelationships_1.planRelationships; } }));
Object.defineProperty(exports, "ownRelationships", ({ enumerable: true, get: function () { return planRelationships_1.ownRelationships; } }));
Object.defineProperty(exports, "MAX_DEPENDENCIES", ({ enumerable: true, get: function () { return planRelationships_1.MAX_DEPENDENCIES; } }));
Object.defineProperty(exports, "MAX_SUPERSEDENCES", ({ enumerable: true, get: function () { return planRelationships_1.MAX_SUPERSEDENCES; } }));
var applyRelationships_1 = __webpack_require__(90698);
Object.defineProperty(exports, "readRelationships", ({ enumerable: true, get: function () { return applyRelationships_1.readRelationships; } }));
Object.defineProperty(exports, "applyRelationships", ({ enumerable: true, get: function () { return applyRelationships_1.applyRelationships; } }));
var categories_1 = __webpack_require__(76109);
Object.defineProperty(exports, "readCategories", ({ enumerable: true, get: function () { return categories_1.readCategories; } }));
Object.defineProperty(exports, "planCategories", ({ enumerable: true, get: function () { return categories_1.planCategories; } }));
Object.defineProperty(exports, "applyCategories", ({ enumerable: true, get: function () { return categories_1.applyCategories; } }));
Object.defineProperty(exports, "scopeTagIds", ({ enumerable: true, get: function () { return categories_1.scopeTagIds; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 13702:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planAssignments = planAssignments;
const graphVersion_1 = __webpack_require__(49043);
const toGraphAssignment_1 = __webpack_require__(20689);
const assignmentIdentity_1 = __webpack_require__(66810);
const shared_1 = __webpack_require__(62876);
const FIX = 'Fix the assignment template (docs/assignments.md explains the rules and the opt-outs).';
function planAssignments(input) {
    const { template, appType, resolved, now } = input;
    const mode = input.modeOverride ?? template.mode;
    const guardrails = (0, toGraphAssignment_1.guardrailProblems)({
        ...template,
        guardrails: {
            ...template.guardrails,
            allowRequiredToAll: template.guardrails.allowRequiredToAll || input.allowRequiredToAll === true,
        },
    });
    const problems = [...(0, toGraphAssignment_1.assignmentProblemsForApp)(template, appType), ...guardrails];
    if (problems.length)
        throw (0, shared_1.assignmentError)(problems, FIX);
    const wanted = templateAssignments(template.entries, appType, resolved, now);
    const current = new Map();
    for (const a of input.current)
        if (!current.has((0, assignmentIdentity_1.targetKey)(a.target)))
            current.set((0, assignmentIdentity_1.targetKey)(a.target), a);
    const names = resolved.names ?? {};
    const describe = (a, details) => ({
        target: (0, assignmentIdentity_1.describeTarget)(a.target, names),
        intent: a.intent,
        ...(details ? { details } : {}),
    });
    const changes = { mode, added: [], changed: [], removed: [], kept: [] };
    const desired = [];
    for (const [key, cur] of current) {
        const want = wanted.get(key);
        if (!want) {
            if (mode === 'replace')
                changes.removed.push(describe(cur, 'not in the template (replace mode)'));
            else {
                changes.kept.push(describe(cur, 'not in the template; kept (merge mode)'));
                desired.push(forPosting(cur));
            }
            continue;
        }
        const effective = withCurrent(want.body, want.entry, cur, input.renewRelativeTimes === true);
        const diff = (0, assignmentIdentity_1.assignmentDifferences)(cur, effective);
        if (diff.length)
            changes.changed.push(describe(effective, diff.join('; ')));
        else
            changes.kept.push(describe(effective));
        desired.push(effective);
    }
    for (const [key, want] of wanted)
        if (!current.has(key)) {
            changes.added.push(describe(want.body));
            desired.push(want.body);
        }
    return {
        changes,
        desired,
        version: postingVersion(desired),
        hasChanges: changes.added.length + changes.changed.length + changes.removed.length > 0,
    };
}
/** The template's assignments by target; the same target twice must say the same thing. */
function templateAssignments(entries, appType, resolved, now) {
    const out = new Map();
    const problems = [];
    for (const entry of entries) {
        const body = (0, toGraphAssignment_1.toGraphAssignment)(entry, appType, resolved, now);
        const key = (0, assignmentIdentity_1.targetKey)(body.target);
        const prior = out.get(key);
        if (!prior)
            out.set(key, { entry, body });
        else if (prior.body.intent !== body.intent)
            problems.push(`${entry.origin}: the same target is already ${prior.body.intent} in ${prior.entry.origin}; Intune allows one intent per target (remove one)`);
        else if ((0, assignmentIdentity_1.assignmentDifferences)(prior.body, body).length)
            problems.push(`${entry.origin}: the same target is in ${prior.entry.origin} with other settings or filter; Intune keeps one assignment per target (merge them)`);
    }
    if (problems.length)
        throw (0, shared_1.assignmentError)(problems, FIX);
    return out;
}
/**
 * The template's assignment for a target the app already has: settings the template doesn't set are
 * carried over from the current one, and relative times keep the value an earlier run applied.
 */
function withCurrent(want, entry, cur, renewRelativeTimes) {
    const curSettings = cur.settings ?? null;
    let settings = want.settings;
    if (settings === null)
        settings = curSettings;
    else if (curSettings && curSettings['@odata.type'] === settings['@odata.type'])
        settings = { ...stripNoise(curSettings), ...settings };
    const time = entry.settings?.win32?.installTime;
    const curTime = curSettings?.installTimeSettings;
    if (settings && time && curTime && !renewRelativeTimes) {
        const t = { ...settings.installTimeSettings };
        if (time.availability?.trim().startsWith('+') && curTime.startDateTime)
            t.startDateTime = curTime.startDateTime;
        if (time.deadline?.trim().startsWith('+') && curTime.deadlineDateTime)
            t.deadlineDateTime = curTime.deadlineDateTime;
        settings = { ...settings, installTimeSettings: t };
    }
    return { ...want, settings };
}
function stripNoise(o) {
    const { id: _id, source: _s, sourceId: _sid, '@odata.context': _c, ...rest } = o;
    return rest;
}
/** A current assignment as we re-post it: everything but the read-only and identity properties. */
function forPosting(a) {
    return {
        '@odata.type': '#microsoft.graph.mobileAppAssignment',
        intent: a.intent,
        target: { ...a.target },
        settings: a.settings ? { ...a.settings } : null,
    };
}
/**
 * beta when any target carries filter properties (posting those through v1.0 would drop a filter) or
 * anything else only beta knows; v1.0 otherwise.
 */
function postingVersion(desired) {
    for (const a of desired) {
        if (Object.keys(a.target).some(k => k.startsWith('deviceAndAppManagementAssignmentFilter')))
            return 'beta';
        try {
            if ((0, graphVersion_1.chooseGraphVersion)('mobileAppAssignment', (0, assignmentIdentity_1.canonical)(a)).version === 'beta')
                return 'beta';
        }
        catch {
            return 'beta';
        }
    }
    return 'v1.0';
}
//# sourceMappingURL=planAssignments.js.map

/***/ }),

/***/ 91483:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_SUPERSEDENCES = exports.MAX_DEPENDENCIES = void 0;
exports.ownRelationships = ownRelationships;
exports.planRelationships = planRelationships;
const shared_1 = __webpack_require__(62876);
exports.MAX_DEPENDENCIES = 100;
exports.MAX_SUPERSEDENCES = 10;
const MAX_WALK = 500;
const FIX = 'Fix supersedes/dependencies in the app template (docs/assignments.md, "Relationships").';
const kindOf = (r) => {
    const t = r['@odata.type'].replace(/^#?microsoft\.graph\./, '');
    return t === 'mobileAppDependency' || t === 'mobileAppSupersedence' ? t : undefined;
};
const subtype = (r) => String(r.dependencyType ?? r.supersedenceType ?? '');
const keyOf = (kind, targetId) => `${kind}|${targetId.toLowerCase()}`;
function describe(r, names) {
    const name = names.get(r.targetId.toLowerCase());
    const target = name ? `"${name}" (${r.targetId})` : r.targetId;
    return kindOf(r) === 'mobileAppDependency'
        ? `depends on ${target} (${subtype(r)})`
        : `supersedes ${target} (${subtype(r)})`;
}
function item(kind, targetId, type) {
    return kind === 'mobileAppDependency'
        ? { '@odata.type': '#microsoft.graph.mobileAppDependency', dependencyType: type, targetId }
        : { '@odata.type': '#microsoft.graph.mobileAppSupersedence', supersedenceType: type, targetId };
}
/** This app's own relationships (it is the source; the target is its child). */
function ownRelationships(current, appId) {
    return current.filter(r => r.targetType
        ? r.targetType === 'child'
        : !r.sourceId || !appId || r.sourceId.toLowerCase() === appId.toLowerCase());
}
async function planRelationships(input) {
    const wantedRefs = [
        ...input.supersedes.map(r => ['mobileAppSupersedence', r]),
        ...input.dependencies.map(r => ['mobileAppDependency', r]),
    ];
    const problems = [];
    if (wantedRefs.length && input.appType && input.appType !== 'win32LobApp')
        throw (0, shared_1.assignmentError)([`supersedence and dependencies exist only for Win32 apps, not ${input.appType}`], FIX, 'relationships');
    const names = new Map();
    const order = [];
    const desired = new Map();
    for (const r of ownRelationships(input.current, input.appId)) {
        const kind = kindOf(r);
        if (!kind)
            continue;
        const it = item(kind, r.targetId, subtype(r));
        desired.set(keyOf(kind, r.targetId), it);
        order.push(keyOf(kind, r.targetId));
        if (r.targetDisplayName)
            names.set(r.targetId.toLowerCase(), r.targetDisplayName);
    }
    const before = new Map(desired);
    const ours = new Map();
    for (const [kind, ref] of wantedRefs) {
        const label = `${kind === 'mobileAppDependency' ? 'dependency' : 'supersedes'} '${ref.id ?? ref.name}'`;
        let app;
        try {
            app = await input.resolveApp((ref.id ?? ref.name));
        }
        catch (e) {
            problems.push(`${label}: ${e.message.replace(/^Can't apply relationships: /, '')}`);
            continue;
        }
        names.set(app.id.toLowerCase(), app.displayName);
        if (input.appId && app.id.toLowerCase() === input.appId.toLowerCase())
            problems.push(`${label}: an app can't supersede or depend on itself`);
        else if (app.type !== 'win32LobApp')
            problems.push(`${label}: '${app.displayName}' is a ${app.type || 'non-Win32'} app; only Win32 apps can be targets`);
        const key = keyOf(kind, app.id);
        const prior = ours.get(key);
        if (prior && subtype(prior) !== ref.type)
            problems.push(`${label}: listed twice with types ${subtype(prior)} and ${ref.type}; keep one`);
        ours.set(key, item(kind, app.id, ref.type));
    }
    if (problems.length)
        throw (0, shared_1.assignmentError)(problems, FIX, 'relationships');
    const changes = { added: [], removed: [], kept: [] };
    for (const [key, it] of ours) {
        const old = desired.get(key);
        if (old && subtype(old) === subtype(it))
            continue;
        if (old)
            changes.removed.push(describe(old, names));
        else
            order.push(key);
        changes.added.push(describe(it, names));
        desired.set(key, it);
    }
    for (const [key, it] of before)
        if (desired.get(key) === it)
            changes.kept.push(describe(it, names));
    const list = order.map(k => desired.get(k));
    const count = (k) => list.filter(r => kindOf(r) === k).length;
    if (count('mobileAppDependency') > exports.MAX_DEPENDENCIES)
        problems.push(`${count('mobileAppDependency')} dependencies; Intune allows ${exports.MAX_DEPENDENCIES}`);
    if (count('mobileAppSupersedence') > exports.MAX_SUPERSEDENCES)
        problems.push(`${count('mobileAppSupersedence')} superseded apps; Intune allows ${exports.MAX_SUPERSEDENCES}`);
    if (input.appId && input.readRelationships)
        for (const [kind, it] of [...ours.values()].map(r => [kindOf(r), r])) {
            const cycle = await findCycle(input.appId, it.targetId, kind, input.readRelationships, names);
            if (cycle)
                problems.push(`${describe(it, names)} would make a cycle: ${cycle.map(id => names.get(id.toLowerCase()) ?? id).join(' → ')}`);
        }
    if (problems.length)
        throw (0, shared_1.assignmentError)(problems, FIX, 'relationships');
    return { changes, desired: list, hasChanges: changes.added.length + changes.removed.length > 0 };
}
/** Breadth-first over `kind` edges from `start`; the path back to `appId` if there is one (bounded). */
async function findCycle(appId, start, kind, read, names) {
    const parent = new Map([[start.toLowerCase(), appId.toLowerCase()]]);
    const queue = [start.toLowerCase()];
    while (queue.length && parent.size < MAX_WALK) {
        const id = queue.shift();
        for (const r of ownRelationships(await read(id), id)) {
            if (kindOf(r) !== kind)
                continue;
            const next = r.targetId.toLowerCase();
            if (r.targetDisplayName && !names.has(next))
                names.set(next, r.targetDisplayName);
            if (next === appId.toLowerCase()) {
                const path = [appId, id];
                for (let p = parent.get(id); p && p !== appId.toLowerCase(); p = parent.get(p))
                    path.splice(1, 0, p);
                return [...path, appId];
            }
            if (!parent.has(next)) {
                parent.set(next, id);
                queue.push(next);
            }
        }
    }
    return undefined;
}
//# sourceMappingURL=planRelationships.js.map

/***/ }),

/***/ 45833:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveAppRef = resolveAppRef;
/** Finds the app a supersedence or dependency points at, by id or by display name. */
const shared_1 = __webpack_require__(62876);
const toRef = (a) => ({
    id: a.id,
    displayName: a.displayName ?? a.id,
    type: String(a['@odata.type'] ?? '').replace(/^#?microsoft\.graph\./, ''),
});
const FIX = 'Give the app id, or a display name that exactly one Intune app has.';
/** A GUID is looked up by id; anything else by exact display name (0 or several matches are an error). */
async function resolveAppRef(graph, idOrName) {
    const ref = idOrName.trim().replace(/^\{(.*)\}$/, '$1');
    if (shared_1.GUID.test(ref)) {
        try {
            return toRef(await graph.get(`${shared_1.APPS}/${ref}`, { version: 'beta' }));
        }
        catch (e) {
            if ((0, shared_1.isGraphStatus)(e, 404))
                throw (0, shared_1.assignmentError)([`no Intune app has id ${ref}`], FIX, 'relationships');
            throw e;
        }
    }
    const filter = encodeURIComponent(`displayName eq '${(0, shared_1.odataQuote)(ref)}'`);
    const hits = (await graph.list(`${shared_1.APPS}?$filter=${filter}`, { version: 'beta' })).filter(a => (a.displayName ?? '').toLowerCase() === ref.toLowerCase());
    if (hits.length === 1)
        return toRef(hits[0]);
    const found = hits.map(a => `'${a.displayName}' (${a.id}, ${toRef(a).type})`).join(', ');
    throw (0, shared_1.assignmentError)([
        hits.length
            ? `app '${ref}' matches ${hits.length}: ${found}; use the id`
            : `no Intune app is named '${ref}'`,
    ], FIX, 'relationships');
}
//# sourceMappingURL=resolveAppRef.js.map

/***/ }),

/***/ 4154:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveGroups = resolveGroups;
exports.emptyGroups = emptyGroups;
exports.resolveFilters = resolveFilters;
exports.resolveScopeTags = resolveScopeTags;
exports.resolveCategories = resolveCategories;
exports.resolveDirectory = resolveDirectory;
const shared_1 = __webpack_require__(62876);
const uniq = (xs) => [...new Set(xs ?? [])];
const found = (items) => items.map(i => `'${i.displayName}' (${i.id})`).join(', ');
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** One match per name, else a problem line saying what was found. */
function pick(kind, name, items, out) {
    const hits = items.filter(i => same(i.displayName, name));
    if (hits.length === 1) {
        out.ids[name] = hits[0].id;
        out.names[hits[0].id.toLowerCase()] = hits[0].displayName;
    }
    else if (hits.length === 0)
        out.problems.push(`${kind} '${name}' matches nothing`);
    else
        out.problems.push(`${kind} '${name}' matches ${hits.length}: ${found(hits)}; use the id instead`);
}
const empty = () => ({ ids: {}, names: {}, problems: [] });
/** Groups by display name (Graph's `eq` on displayName ignores case) and group ids checked to exist. */
async function resolveGroups(graph, names, ids = []) {
    const out = empty();
    await Promise.all(uniq(names).map(async (name) => {
        const filter = encodeURIComponent(`displayName eq '${(0, shared_1.odataQuote)(name)}'`);
        const items = await graph.list(`/groups?$filter=${filter}&$select=id,displayName`);
        pick('group', name, items, out);
    }));
    await Promise.all(uniq(ids).map(async (id) => {
        try {
            const g = await graph.get(`/groups/${encodeURIComponent(id)}?$select=id,displayName`);
            out.ids[id] = g.id;
            out.names[g.id.toLowerCase()] = g.displayName;
        }
        catch (e) {
            if (!(0, shared_1.isGraphStatus)(e, 404))
                throw e;
            out.problems.push(`group id ${id} does not exist in this tenant`);
        }
    }));
    return out;
}
/** The guardrail: groups without a single member (checked with `members?$top=1`). */
async function emptyGroups(graph, groupIds) {
    const results = await Promise.all(uniq(groupIds).map(async (id) => {
        const page = await graph.get(`/groups/${encodeURIComponent(id)}/members?$top=1&$select=id`);
        return (page.value ?? []).length === 0 ? id : undefined;
    }));
    return results.filter((id) => id !== undefined);
}
/** Assignment filters: one list call, matched by display name ignoring case. */
async function resolveFilters(graph, names) {
    const out = empty();
    if (!uniq(names).length)
        return out;
    const all = await graph.list('/deviceManagement/assignmentFilters?$select=id,displayName,platform', {
        version: 'beta',
    });
    const hint = all.length
        ? ` (filters here: ${all
            .slice(0, 20)
            .map(f => `'${f.displayName}'`)
            .join(', ')}${all.length > 20 ? ', ...' : ''})`
        : ' (the tenant has no assignment filters)';
    for (const name of uniq(names)) {
        const before = out.problems.length;
        pick('assignment filter', name, all, out);
        if (out.problems.length > before && !all.some(f => same(f.displayName, name)))
            out.problems[before] += hint;
    }
    return out;
}
/** Scope tags that apply to apps, by display name. */
async function resolveScopeTags(graph, names) {
    const out = empty();
    await Promise.all(uniq(names).map(async (name) => {
        const filter = encodeURIComponent(`displayName eq '${(0, shared_1.odataQuote)(name)}'`);
        const items = await graph.list(`/deviceManagement/getRoleScopeTagsByResource(resource='MobileApps')?$filter=${filter}`, { version: 'beta' });
        pick('scope tag', name, items, out);
    }));
    return out;
}
/** App categories by display name. */
async function resolveCategories(graph, names) {
    const out = empty();
    await Promise.all(uniq(names).map(async (name) => {
        const filter = encodeURIComponent(`displayName eq '${(0, shared_1.odataQuote)(name)}'`);
        const items = await graph.list(`/deviceAppManagement/mobileAppCategories?$filter=${filter}`);
        pick('category', name, items, out);
    }));
    return out;
}
/**
 * Resolve everything a run needs in one pass. Throws ASSIGNMENT_INVALID listing every name that matched
 * nothing or several (with what was found), every unknown group id and every empty include group.
 */
async function resolveDirectory(graph, needs, logger) {
    const [groups, filters, scopeTags, categories] = await Promise.all([
        resolveGroups(graph, needs.groupNames ?? [], needs.groupIds ?? []),
        resolveFilters(graph, needs.filterNames ?? []),
        resolveScopeTags(graph, needs.scopeTagNames ?? []),
        resolveCategories(graph, needs.categoryNames ?? []),
    ]);
    const problems = [groups, filters, scopeTags, categories].flatMap(r => r.problems);
    const mustHaveMembers = uniq(needs.nonEmptyGroups)
        .map(ref => groups.ids[ref])
        .filter((id) => id !== undefined);
    if (!needs.allowEmptyGroups && mustHaveMembers.length) {
        for (const id of await emptyGroups(graph, mustHaveMembers))
            problems.push(`group '${groups.names[id.toLowerCase()] ?? id}' (${id}) has no members; nobody would get the app (opt out: guardrails.allowEmptyGroups: true)`);
    }
    if (problems.length)
        throw (0, shared_1.assignmentError)(problems, 'Fix the names in the template (display names are matched ignoring case), or give ids.', 'the templates');
    const n = (r) => Object.keys(r.ids).length;
    logger.debug(`Resolved ${n(groups)} group(s), ${n(filters)} filter(s), ${n(scopeTags)} scope tag(s), ${n(categories)} category(ies)`);
    return {
        groups: groups.ids,
        filters: filters.ids,
        scopeTags: scopeTags.ids,
        categories: categories.ids,
        names: { ...groups.names, ...filters.names },
    };
}
//# sourceMappingURL=resolveDirectory.js.map

/***/ }),

/***/ 62876:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.odataQuote = exports.GUID = exports.APPS = void 0;
exports.assignmentError = assignmentError;
exports.isGraphStatus = isGraphStatus;
const errors_1 = __webpack_require__(7324);
exports.APPS = '/deviceAppManagement/mobileApps';
exports.GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** OData string literal content: single quotes doubled. */
const odataQuote = (s) => s.replace(/'/g, "''");
exports.odataQuote = odataQuote;
/** One ASSIGNMENT_INVALID error: a single problem on one line, several as a list under a header. */
function assignmentError(lines, fix, what = 'assignments') {
    const msg = lines.length === 1
        ? `Can't apply ${what}: ${lines[0]}`
        : `Can't apply ${what} (${lines.length} problems):\n${lines.map(l => `  ${l}`).join('\n')}`;
    return new errors_1.IntunePublishError(errors_1.ErrorCodes.AssignmentInvalid, msg, { fix });
}
function isGraphStatus(e, status) {
    return e?.status === status;
}
//# sourceMappingURL=shared.js.map

/***/ }),

/***/ 61758:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AADSTS = void 0;
exports.aadstsCode = aadstsCode;
exports.signInError = signInError;
/**
 * Entra sign-in errors as one line: what went wrong in the admin's terms and where to fix it.
 * The raw AADSTS text is long, full of trace ids and sometimes misleading; the code is what matters.
 */
const errors_1 = __webpack_require__(7324);
const sanitize_1 = __webpack_require__(49228);
const SECRETS = 'Entra admin center → App registrations → <app> → Certificates & secrets';
const FEDERATED = `${SECRETS} → Federated credentials`;
const consentUrl = (c) => `https://${c.loginHost}/${c.tenantId}/adminconsent?client_id=${c.clientId}`;
exports.AADSTS = {
    '7000215': {
        cause: () => 'the client secret is wrong',
        fix: () => `Use the secret's Value (not its Secret ID) from ${SECRETS}; create a new secret if the value was lost.`,
    },
    '7000222': {
        cause: () => 'the client secret has expired',
        fix: () => `Create a new client secret under ${SECRETS} and update the connection.`,
    },
    '700016': {
        cause: c => `no application with client ID ${c.clientId} exists in tenant ${c.tenantId}`,
        fix: () => 'Check the client ID and the tenant (Auth URL): the app must be registered in, or consented to, this tenant.',
    },
    '90002': {
        cause: c => `tenant ${c.tenantId} was not found`,
        fix: () => "Check the tenant ID in the Auth URL; a US Gov or China tenant needs its own cloud's Auth URL.",
    },
    '900023': {
        cause: c => `'${c.tenantId}' is not a valid tenant`,
        fix: () => 'Use the Directory (tenant) ID from Entra admin center → Overview.',
    },
    '70021': {
        cause: () => 'no federated credential on the app matches the presented token (issuer, subject or audience)',
        fix: () => `Add one under ${FEDERATED} whose issuer, subject (e.g. repo:<org>/<repo>:environment:<env>) and audience (api://AzureADTokenExchange) match the CI token.`,
    },
    '700024': {
        cause: () => 'the client assertion has expired or is not yet valid',
        fix: () => "Fetch a fresh OIDC token for every sign-in (they live about 5 minutes) and check the runner's clock.",
    },
    '700027': {
        cause: () => 'the client assertion signature did not verify: the certificate is not registered on the app',
        fix: () => `Upload the certificate (public part) under ${SECRETS} → Certificates, or use the matching key.`,
    },
    '7000229': {
        cause: c => `the app ${c.clientId} has no service principal (enterprise application) in tenant ${c.tenantId}`,
        fix: c => `An admin must consent to the app in this tenant: ${consentUrl(c)}`,
    },
    '7000112': {
        cause: () => 'the application is disabled',
        fix: () => 'Enable it: Entra admin center → Enterprise applications → <app> → Properties → Enabled for users to sign-in: Yes.',
    },
    '500011': {
        cause: () => 'the Graph resource of this scope is not known in the tenant (wrong cloud?)',
        fix: () => "Make the Graph endpoint match the tenant's cloud (drop graphUrl, or set cloud).",
    },
    '50034': {
        cause: () => 'the account does not exist in this directory',
        fix: () => "App-only sign-in needs the app's client ID and a tenant it is registered in; check both.",
    },
    '7000218': {
        cause: () => 'no client secret or assertion reached Entra',
        fix: () => 'Give clientSecret, a certificate, or a federated assertion.',
    },
    '700212': {
        cause: () => "the client assertion's audience does not match the token endpoint",
        fix: () => "Sign the assertion for this tenant's token URL (certificate), or use audience api://AzureADTokenExchange (federated).",
    },
    '700021': {
        cause: () => 'the client assertion names another application than the client ID',
        fix: () => 'Use the client ID of the app registration that holds the certificate or federated credential.',
    },
    '50027': {
        cause: () => 'the client assertion is not a valid JWT',
        fix: () => 'Pass the raw OIDC token (three dot-separated parts) as the assertion.',
    },
    '50013': {
        cause: () => "the federated assertion's signature did not verify against its issuer",
        fix: () => "Check the federated credential's issuer URL: it must be the issuer that signed the CI token.",
    },
    '53003': {
        cause: () => 'a Conditional Access policy blocked the sign-in',
        fix: () => "Ask an admin to exclude this workload identity or allow the runner's location.",
    },
};
// Entra uses several codes for the same federated mismatch.
exports.AADSTS[700211] = exports.AADSTS['70021'];
exports.AADSTS[700213] = exports.AADSTS['70021'];
/** Reads the AADSTS number out of any MSAL error (its message carries `AADSTSnnnn:`). */
function aadstsCode(e) {
    const fields = e && typeof e === 'object' ? e : {};
    const text = [fields.errorMessage, fields.message, fields.subError]
        .filter(v => typeof v === 'string')
        .join(' ');
    return /AADSTS(\d+)/.exec(text)?.[1];
}
/** Converts whatever MSAL threw into one AUTH_FAILED line. */
function signInError(e, c) {
    const code = aadstsCode(e);
    const known = code ? exports.AADSTS[code] : undefined;
    if (code && known) {
        return new errors_1.IntunePublishError(errors_1.ErrorCodes.AuthFailed, `Sign-in failed: ${known.cause(c)} (AADSTS${code}).`, {
            graphCode: `AADSTS${code}`,
            fix: known.fix(c),
            cause: e,
        });
    }
    const raw = e instanceof Error ? e.message : String(e);
    if (code) {
        // Unknown AADSTS: Microsoft's first sentence is the best we have.
        const first = /AADSTS\d+:\s*([^.\r\n]*)/.exec(raw)?.[1] ?? "see Microsoft's error code reference";
        return new errors_1.IntunePublishError(errors_1.ErrorCodes.AuthFailed, `Sign-in failed: ${(0, sanitize_1.sanitizeText)(first)} (AADSTS${code}).`, {
            graphCode: `AADSTS${code}`,
            fix: `Look up AADSTS${code} in Microsoft's Entra error code reference (https://login.microsoftonline.com/error).`,
            cause: e,
        });
    }
    const oneLine = (0, sanitize_1.sanitizeText)(raw.split(/\r?\n/)[0]).slice(0, 300);
    return new errors_1.IntunePublishError(errors_1.ErrorCodes.AuthFailed, `Sign-in to ${c.loginHost} failed: ${oneLine}`, {
        fix: 'Check the network path to the Auth URL (HTTPS_PROXY/NO_PROXY, a CA for TLS inspection: --ca-file).',
        cause: e,
    });
}
//# sourceMappingURL=aadsts.js.map

/***/ }),

/***/ 98365:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decodeClaims = decodeClaims;
/**
 * Reads an access token's claims for diagnostics and the permission preflight. Never used to trust
 * anything: Graph validates its tokens, we only read what they say the app was granted.
 */
const errors_1 = __webpack_require__(7324);
function decodeClaims(token) {
    const parts = token.split('.');
    let payload;
    try {
        if (parts.length !== 3)
            throw new Error('not a JWT');
        payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (typeof payload !== 'object' || payload === null)
            throw new Error('not an object');
    }
    catch {
        throw new errors_1.IntunePublishError(errors_1.ErrorCodes.AuthFailed, 'The access token could not be read (not a JWT).', {
            fix: 'Check that the Auth URL points at Entra (or the simulator), not at another service.',
        });
    }
    const str = (k) => typeof payload[k] === 'string' ? payload[k] : undefined;
    const roles = Array.isArray(payload.roles)
        ? payload.roles.filter((r) => typeof r === 'string')
        : [];
    const scp = str('scp')?.split(' ').filter(Boolean) ?? [];
    return {
        roles,
        scp,
        appid: str('appid') ?? str('azp'),
        app_displayname: str('app_displayname'),
        tid: str('tid'),
        aud: str('aud'),
        exp: typeof payload.exp === 'number' ? payload.exp : undefined,
        appOnly: scp.length === 0,
    };
}
//# sourceMappingURL=claims.js.map

/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createTokenProvider = createTokenProvider;
/**
 * Access tokens for Graph by client credentials (secret, certificate or federated assertion) through
 * msal-node. One ConfidentialClientApplication per connection: MSAL caches the token; we force a new one
 * when less than `refreshMarginMs` is left, so long uploads never send a token that expires mid-call.
 */
const msal_node_1 = __webpack_require__(53534);
const sanitize_1 = __webpack_require__(49228);
const aadsts_1 = __webpack_require__(61758);
const claims_1 = __webpack_require__(98365);
const msalNetworkClient_1 = __webpack_require__(41240);
function createTokenProvider(resolved, http, logger, options = {}) {
    const margin = options.refreshMarginMs ?? 5 * 60_000;
    let lastServerError;
    const cca = new msal_node_1.ConfidentialClientApplication(msalConfig(resolved, (0, msalNetworkClient_1.msalNetworkClient)(http, logger, d => (lastServerError = d))));
    const context = { clientId: resolved.clientId, tenantId: resolved.tenantId, loginHost: resolved.loginHost };
    let inflight;
    const acquire = async (skipCache) => {
        let result;
        lastServerError = undefined;
        try {
            result = await cca.acquireTokenByClientCredential({ scopes: [resolved.scope], skipCache });
        }
        catch (e) {
            // Prefer the AADSTS answer MSAL swallowed (metadata errors) over MSAL's generic code.
            const swallowed = !(0, aadsts_1.aadstsCode)(e) && lastServerError ? { errorMessage: lastServerError } : undefined;
            throw (0, aadsts_1.signInError)(swallowed ?? e, context);
        }
        if (!result?.accessToken)
            throw (0, aadsts_1.signInError)(new Error('Entra returned no access token'), context);
        (0, sanitize_1.registerSecret)(result.accessToken);
        logger.maskSecret(result.accessToken);
        const claims = (0, claims_1.decodeClaims)(result.accessToken);
        const expiresOn = result.expiresOn ?? new Date((claims.exp ?? 0) * 1000);
        logger.debug(`token for ${resolved.scope} ${result.fromCache ? 'from cache' : 'issued'}, expires ${expiresOn.toISOString()}`);
        return { token: result.accessToken, expiresOn, claims, fromCache: result.fromCache };
    };
    const getToken = async (opts = {}) => {
        let t = await acquire(opts.forceRefresh === true);
        if (t.expiresOn.getTime() - Date.now() < margin && t.fromCache)
            t = await acquire(true);
        return t;
    };
    return {
        scope: resolved.scope,
        // Parallel callers (upload workers) share one sign-in instead of racing MSAL.
        getToken: opts => {
            if (opts?.forceRefresh)
                return getToken(opts);
            inflight ??= getToken().finally(() => {
                inflight = undefined;
            });
            return inflight;
        },
    };
}
function msalConfig(resolved, networkClient) {
    const c = resolved.credential;
    const credential = c.kind === 'secret'
        ? { clientSecret: c.clientSecret }
        : c.kind === 'certificate'
            ? { clientCertificate: { thumbprintSha256: c.thumbprintSha256, privateKey: c.privateKey } }
            : { clientAssertion: () => c.getAssertion() };
    return {
        auth: {
            clientId: resolved.clientId,
            authority: resolved.authority,
            // host:port, or MSAL goes looking for instance discovery on login.microsoftonline.com.
            knownAuthorities: [resolved.loginHost],
            ...credential,
        },
        system: { networkClient },
    };
}
//# sourceMappingURL=createTokenProvider.js.map

/***/ }),

/***/ 79538:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.msalNetworkClient = exports.AADSTS = exports.aadstsCode = exports.signInError = exports.decodeClaims = exports.createTokenProvider = void 0;
var createTokenProvider_1 = __webpack_require__(60110);
Object.defineProperty(exports, "createTokenProvider", ({ enumerable: true, get: function () { return createTokenProvider_1.createTokenProvider; } }));
var claims_1 = __webpack_require__(98365);
Object.defineProperty(exports, "decodeClaims", ({ enumerable: true, get: function () { return claims_1.decodeClaims; } }));
var aadsts_1 = __webpack_require__(61758);
Object.defineProperty(exports, "signInError", ({ enumerable: true, get: function () { return aadsts_1.signInError; } }));
Object.defineProperty(exports, "aadstsCode", ({ enumerable: true, get: function () { return aadsts_1.aadstsCode; } }));
Object.defineProperty(exports, "AADSTS", ({ enumerable: true, get: function () { return aadsts_1.AADSTS; } }));
var msalNetworkClient_1 = __webpack_require__(41240);
Object.defineProperty(exports, "msalNetworkClient", ({ enumerable: true, get: function () { return msalNetworkClient_1.msalNetworkClient; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 41240:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.msalNetworkClient = msalNetworkClient;
const sanitize_1 = __webpack_require__(49228);
/**
 * `onServerError` receives Entra's error_description of any failed answer: MSAL turns a failed metadata
 * read (unknown tenant) into a bare endpoints_resolution_error, so the AADSTS code is caught here.
 */
function msalNetworkClient(http, logger, onServerError) {
    const send = async (method, url, options, timeout) => {
        const started = Date.now();
        const res = await http.request(url, {
            method,
            headers: options?.headers,
            body: method === 'POST' ? (options?.body ?? '') : undefined,
            signal: timeout ? AbortSignal.timeout(timeout) : undefined,
        });
        const text = await res.body.text();
        const headers = {};
        for (const [k, v] of Object.entries(res.headers))
            if (v !== undefined)
                headers[k] = Array.isArray(v) ? v.join(', ') : v;
        logger.debug(`auth ${method} ${(0, sanitize_1.sanitizeUrl)(url)} → ${res.statusCode} (${Date.now() - started} ms)`);
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            // Never put the body in the message: a token endpoint's answer is exactly what must not leak.
            throw new Error(`${new URL(url).host} answered HTTP ${res.statusCode} with a body that is not JSON`);
        }
        if (res.statusCode >= 400 && onServerError) {
            const description = body?.error_description;
            if (typeof description === 'string')
                onServerError(description);
        }
        return { headers, body, status: res.statusCode };
    };
    return {
        sendGetRequestAsync: (url, options, timeout) => send('GET', url, options, timeout),
        sendPostRequestAsync: (url, options) => send('POST', url, options),
    };
}
//# sourceMappingURL=msalNetworkClient.js.map

/***/ }),

/***/ 28887:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkConnection = checkConnection;
const auth_1 = __webpack_require__(79538);
const connection_1 = __webpack_require__(47032);
const errors_1 = __webpack_require__(7324);
const graph_1 = __webpack_require__(2900);
const http_1 = __webpack_require__(75016);
const logger_1 = __webpack_require__(71539);
const permissions_1 = __webpack_require__(24212);
async function checkConnection(input, logger, opts = {}) {
    const log = (0, logger_1.safeLogger)(logger);
    const result = {
        status: 'Error',
        permissionsGranted: [],
        permissionsMissing: [],
        graphReachable: false,
        checkedAt: new Date().toISOString(),
    };
    const fail = (e) => {
        result.status = 'Error';
        result.error = (0, errors_1.errorLine)(e);
        result.errorCode = (0, errors_1.isIntunePublishError)(e) ? e.code : undefined;
        return result;
    };
    let resolved;
    try {
        resolved = (0, connection_1.resolveConnection)(input, log);
    }
    catch (e) {
        return fail(e);
    }
    Object.assign(result, {
        settingName: resolved.settingName,
        cloud: resolved.cloud,
        tenantId: resolved.tenantId,
        clientId: resolved.clientId,
    });
    log.debug(`connection '${resolved.settingName}': authority ${resolved.authority}, graph ${resolved.graphUrl}`);
    const http = (0, http_1.createHttpClient)({ caPem: resolved.caPem, env: opts.env });
    try {
        const tokens = (0, auth_1.createTokenProvider)(resolved, http, log);
        const token = await tokens.getToken();
        result.appDisplayName = token.claims.app_displayname;
        result.tokenExpiresOn = token.expiresOn.toISOString();
        const perms = (0, permissions_1.checkPermissions)(token.claims, opts.requires ?? [permissions_1.Requirements.publish]);
        result.permissionsGranted = perms.granted;
        result.permissionsMissing = perms.missing;
        const graph = (0, graph_1.createGraphClient)(resolved, tokens, http, log, {
            retry: { maxAttempts: 3, maxTotalWaitMs: 30_000 },
        });
        try {
            await graph.get('/deviceAppManagement/mobileApps?$top=1&$select=id');
            result.graphReachable = true;
        }
        catch (e) {
            // Any HTTP answer means Graph is reachable; a refusal is explained by the permission check.
            result.graphReachable = (0, errors_1.isIntunePublishError)(e) && (e.status ?? 0) > 0;
            if (perms.missing.length === 0)
                return fail(e);
            log.debug(`graph read refused: ${(0, errors_1.errorLine)(e)}`);
        }
        if (perms.missing.length > 0) {
            result.status = 'Not finished';
            result.consentUrl = (0, permissions_1.adminConsentUrl)(resolved);
            return result;
        }
        result.status = 'Connected';
        return result;
    }
    catch (e) {
        return fail(e);
    }
    finally {
        await http.close();
    }
}
//# sourceMappingURL=checkConnection.js.map

/***/ }),

/***/ 99573:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.INPUT_LIMITS = void 0;
exports.kindOf = kindOf;
exports.checkFileStats = checkFileStats;
exports.requireRegularFile = requireRegularFile;
exports.readBoundedFileSync = readBoundedFileSync;
exports.readBoundedFile = readBoundedFile;
exports.checkTextLength = checkTextLength;
/**
 * Reads a user-named file with a size limit checked before it is read in full, and refuses anything that
 * is not a regular file: a FIFO or a device would block or never end (`/dev/zero`, `mkfifo`). The file is
 * opened non-blocking, so even a FIFO swapped in after the stat cannot hang the open; the fstat of the
 * opened descriptor is what decides.
 */
const node_fs_1 = __webpack_require__(73024);
const promises_1 = __webpack_require__(51455);
const errors_1 = __webpack_require__(7324);
const formatBytes_1 = __webpack_require__(96585);
const MiB = 1024 * 1024;
/** The documented maximum of every input read from a file or a value (docs/packages.md, "Input limits"). */
exports.INPUT_LIMITS = {
    /** A connection JSON: inline, `@file` or INTUNE_CONNECTION. */
    connection: 1 * MiB,
    /** A CA bundle (caFile, --ca-file, INTUNE_CA_FILE). */
    caFile: 1 * MiB,
    /** A PEM certificate with its key. */
    certificate: 1 * MiB,
    /** One app or assignment template file (each `extends` file counts on its own). */
    template: 4 * MiB,
    /** A detection or requirement script (sent base64 in the app body). */
    script: 1 * MiB,
    /** The app's notes, description and other free text fields, in characters. */
    text: 64 * 1024,
    /** The app icon. */
    icon: 2 * MiB,
};
// O_NONBLOCK makes opening a FIFO return at once; Windows has no FIFOs and no such flag.
const OPEN_FLAGS = node_fs_1.constants.O_RDONLY | (node_fs_1.constants.O_NONBLOCK ?? 0);
/** What a non-regular file is, for messages: "a FIFO (named pipe)", "a character device"… */
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    return 'a special file';
}
/** `field: file: problem` — or `file: problem` when the file is the field (a template path). */
function fileError(field, file, problem, fix) {
    return (0, errors_1.inputError)(field, field === file ? problem : `${file}: ${problem}`, fix);
}
function unreadable(field, file, e) {
    const code = e.code ?? 'unreadable';
    const fix = 'Check the path and that the file is readable.';
    if (field === file)
        return (0, errors_1.inputError)(field, code === 'ENOENT' ? 'file not found.' : `cannot read it (${code}).`, fix);
    return (0, errors_1.inputError)(field, `cannot read ${file} (${code}).`, fix);
}
/** Throws the one-line input error when `st` is not a regular file or is larger than `max`. */
function checkFileStats(st, field, file, max) {
    if (!st.isFile()) {
        throw fileError(field, file, `is ${kindOf(st)}, not a regular file.`, 'Give the path of a regular file.');
    }
    if (max !== undefined && st.size > max)
        tooLarge(field, file, max, st.size);
}
/** `size` is known from the stat; without it the file grew (or its size lied) while being read. */
function tooLarge(field, file, max, size) {
    const is = size === undefined ? 'is' : `is ${(0, formatBytes_1.formatBytes)(size)},`;
    throw fileError(field, file, `${is} over the limit of ${(0, formatBytes_1.formatBytes)(max)}.`, 'Give a smaller file.');
}
/** Refuses a path that is missing or not a regular file, without opening it (for `--package`, `--app`). */
function requireRegularFile(file, field) {
    let st;
    try {
        st = (0, node_fs_1.statSync)(file);
    }
    catch (e) {
        throw unreadable(field, file, e);
    }
    checkFileStats(st, field, file);
    return st;
}
/** Reads at most `max` bytes of a regular file; a bigger or irregular file is an input error naming `field`. */
function readBoundedFileSync(file, field, max) {
    let fd;
    try {
        fd = (0, node_fs_1.openSync)(file, OPEN_FLAGS);
    }
    catch (e) {
        throw unreadable(field, file, e);
    }
    try {
        checkFileStats((0, node_fs_1.fstatSync)(fd), field, file, max);
        // The size can be wrong (procfs says 0, a file can grow): read up to max + 1 and judge the bytes.
        const buf = Buffer.alloc(max + 1);
        let total = 0;
        for (;;) {
            const n = (0, node_fs_1.readSync)(fd, buf, total, max + 1 - total, null);
            if (n === 0)
                break;
            total += n;
            if (total > max)
                tooLarge(field, file, max);
        }
        return buf.subarray(0, total);
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
/** The async twin of readBoundedFileSync, for readers already on promises (templates, scripts, icons). */
async function readBoundedFile(file, field, max) {
    const fh = await (0, promises_1.open)(file, OPEN_FLAGS).catch((e) => {
        throw unreadable(field, file, e);
    });
    try {
        checkFileStats(await fh.stat(), field, file, max);
        const chunks = [];
        let total = 0;
        for (;;) {
            const buf = Buffer.alloc(Math.min(1 * MiB, max + 1 - total));
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            chunks.push(buf.subarray(0, bytesRead));
            total += bytesRead;
            if (total > max)
                tooLarge(field, file, max);
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        await fh.close();
    }
}
/** Refuses a value (an env variable, an inline JSON, a template field) longer than `max` characters. */
function checkTextLength(value, field, max) {
    if (value.length > max) {
        throw (0, errors_1.inputError)(field, `is ${value.length} characters, over the limit of ${max}.`, 'Shorten it, or keep long text outside Intune and link to it.');
    }
}
//# sourceMappingURL=boundedRead.js.map

/***/ }),

/***/ 48679:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadCertificate = loadCertificate;
/**
 * Turns a certificate credential (PEM with the certificate and its private key) into what MSAL needs:
 * an unencrypted PKCS#8 key and the certificate's SHA-256 thumbprint.
 */
const node_crypto_1 = __webpack_require__(77598);
const errors_1 = __webpack_require__(7324);
const sanitize_1 = __webpack_require__(49228);
const CERT_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;
const KEY_BLOCK = /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;
function loadCertificate(pem, password, field) {
    const certText = CERT_BLOCK.exec(pem)?.[0];
    const keyText = KEY_BLOCK.exec(pem)?.[0];
    if (keyText)
        (0, sanitize_1.registerSecret)(keyText);
    if (!certText) {
        throw (0, errors_1.inputError)(field, 'has no -----BEGIN CERTIFICATE----- block.', 'Give one PEM with the certificate and its private key (e.g. cat cert.pem key.pem).');
    }
    if (!keyText) {
        throw (0, errors_1.inputError)(field, 'has no private key block.', 'Give one PEM with the certificate and its private key (e.g. cat cert.pem key.pem).');
    }
    let cert;
    try {
        cert = new node_crypto_1.X509Certificate(certText);
    }
    catch {
        throw (0, errors_1.inputError)(field, 'the certificate block could not be read.', 'Export the certificate again as PEM (base64).');
    }
    let privateKey;
    try {
        const key = (0, node_crypto_1.createPrivateKey)({ key: keyText, format: 'pem', passphrase: password });
        privateKey = key.export({ type: 'pkcs8', format: 'pem' }).toString();
    }
    catch {
        const hint = keyText.includes('ENCRYPTED')
            ? 'The key is encrypted: give its password (certificatePassword / --certificate-password).'
            : 'Export the private key again as PEM.';
        throw (0, errors_1.inputError)(field, 'the private key could not be read.', hint);
    }
    (0, sanitize_1.registerSecret)(privateKey);
    if (!cert.checkPrivateKey((0, node_crypto_1.createPrivateKey)(privateKey))) {
        throw (0, errors_1.inputError)(field, 'the private key does not belong to the certificate.', 'Pair the certificate with its own key.');
    }
    const notAfter = new Date(cert.validTo);
    if (notAfter.getTime() < Date.now()) {
        throw (0, errors_1.inputError)(field, `the certificate expired on ${notAfter.toISOString()}.`, 'Upload a new certificate to the app registration (Certificates & secrets) and use it here.');
    }
    return {
        thumbprintSha256: cert.fingerprint256.replace(/:/g, '').toLowerCase(),
        privateKey,
        notAfter: notAfter.toISOString(),
        subject: cert.subject,
    };
}
//# sourceMappingURL=certificate.js.map

/***/ }),

/***/ 53932:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The national clouds: which login host pairs with which Graph host. A credential is only ever sent to
 * these hosts unless the caller opts in to custom endpoints (the simulator, private test rigs).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLOUD_NAMES = exports.CLOUDS = void 0;
exports.isMicrosoftLoginHost = isMicrosoftLoginHost;
exports.isMicrosoftGraphHost = isMicrosoftGraphHost;
exports.cloudForLoginHost = cloudForLoginHost;
exports.parseCloudName = parseCloudName;
exports.CLOUDS = {
    public: { name: 'public', loginHost: 'login.microsoftonline.com', graphHost: 'graph.microsoft.com' },
    usgov: { name: 'usgov', loginHost: 'login.microsoftonline.us', graphHost: 'graph.microsoft.us' },
    usgovdod: { name: 'usgovdod', loginHost: 'login.microsoftonline.us', graphHost: 'dod-graph.microsoft.us' },
    china: { name: 'china', loginHost: 'login.chinacloudapi.cn', graphHost: 'microsoftgraph.chinacloudapi.cn' },
};
exports.CLOUD_NAMES = Object.keys(exports.CLOUDS);
const MICROSOFT_LOGIN_HOSTS = new Set(Object.values(exports.CLOUDS).map(c => c.loginHost));
const MICROSOFT_GRAPH_HOSTS = new Set(Object.values(exports.CLOUDS).map(c => c.graphHost));
/** `host` is a URL host (may carry a port); Microsoft's endpoints are only ever on 443. */
function isMicrosoftLoginHost(host) {
    return MICROSOFT_LOGIN_HOSTS.has(host.toLowerCase());
}
function isMicrosoftGraphHost(host) {
    return MICROSOFT_GRAPH_HOSTS.has(host.toLowerCase());
}
/** The cloud an Auth URL host belongs to. US Gov and DoD share a login host; DoD must be asked for. */
function cloudForLoginHost(host, requested) {
    const h = host.toLowerCase();
    if (requested && exports.CLOUDS[requested].loginHost === h)
        return requested;
    return exports.CLOUD_NAMES.find(n => exports.CLOUDS[n].loginHost === h);
}
/** Accepts the names people actually type: `AzureUSGovernment`, `gcc-high`, `dod`, `AzureChinaCloud`... */
function parseCloudName(value) {
    const v = value.toLowerCase().replace(/[\s_-]/g, '');
    const aliases = {
        public: 'public',
        global: 'public',
        azurepubliccloud: 'public',
        azurecloud: 'public',
        usgov: 'usgov',
        usgovernment: 'usgov',
        azureusgovernment: 'usgov',
        gcchigh: 'usgov',
        usgovhigh: 'usgov',
        usgovdod: 'usgovdod',
        dod: 'usgovdod',
        china: 'china',
        azurechinacloud: 'china',
    };
    return aliases[v];
}
//# sourceMappingURL=clouds.js.map

/***/ }),

/***/ 47032:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requireRegularFile = exports.readBoundedFileSync = exports.readBoundedFile = exports.checkTextLength = exports.INPUT_LIMITS = exports.mergeConnectionInputs = exports.readTextFile = exports.readPemOrFile = exports.readJsonOrFile = exports.readConnectionFromEnv = exports.resolveConnection = exports.parseConnectionJson = exports.loadCertificate = exports.parseCloudName = exports.CLOUD_NAMES = exports.CLOUDS = void 0;
var clouds_1 = __webpack_require__(53932);
Object.defineProperty(exports, "CLOUDS", ({ enumerable: true, get: function () { return clouds_1.CLOUDS; } }));
Object.defineProperty(exports, "CLOUD_NAMES", ({ enumerable: true, get: function () { return clouds_1.CLOUD_NAMES; } }));
Object.defineProperty(exports, "parseCloudName", ({ enumerable: true, get: function () { return clouds_1.parseCloudName; } }));
var certificate_1 = __webpack_require__(48679);
Object.defineProperty(exports, "loadCertificate", ({ enumerable: true, get: function () { return certificate_1.loadCertificate; } }));
var parseConnectionJson_1 = __webpack_require__(3545);
Object.defineProperty(exports, "parseConnectionJson", ({ enumerable: true, get: function () { return parseConnectionJson_1.parseConnectionJson; } }));
var resolveConnection_1 = __webpack_require__(70136);
Object.defineProperty(exports, "resolveConnection", ({ enumerable: true, get: function () { return resolveConnection_1.resolveConnection; } }));
var readConnectionFromEnv_1 = __webpack_require__(1447);
Object.defineProperty(exports, "readConnectionFromEnv", ({ enumerable: true, get: function () { return readConnectionFromEnv_1.readConnectionFromEnv; } }));
Object.defineProperty(exports, "readJsonOrFile", ({ enumerable: true, get: function () { return readConnectionFromEnv_1.readJsonOrFile; } }));
Object.defineProperty(exports, "readPemOrFile", ({ enumerable: true, get: function () { return readConnectionFromEnv_1.readPemOrFile; } }));
Object.defineProperty(exports, "readTextFile", ({ enumerable: true, get: function () { return readConnectionFromEnv_1.readTextFile; } }));
Object.defineProperty(exports, "mergeConnectionInputs", ({ enumerable: true, get: function () { return readConnectionFromEnv_1.mergeConnectionInputs; } }));
var boundedRead_1 = __webpack_require__(99573);
Object.defineProperty(exports, "INPUT_LIMITS", ({ enumerable: true, get: function () { return boundedRead_1.INPUT_LIMITS; } }));
Object.defineProperty(exports, "checkTextLength", ({ enumerable: true, get: function () { return boundedRead_1.checkTextLength; } }));
Object.defineProperty(exports, "readBoundedFile", ({ enumerable: true, get: function () { return boundedRead_1.readBoundedFile; } }));
Object.defineProperty(exports, "readBoundedFileSync", ({ enumerable: true, get: function () { return boundedRead_1.readBoundedFileSync; } }));
Object.defineProperty(exports, "requireRegularFile", ({ enumerable: true, get: function () { return boundedRead_1.requireRegularFile; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 72215:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Finds where a JSON text stops being valid. V8's own JSON.parse message quotes the surrounding text,
 * which for a connection JSON is the client secret, so we locate the error ourselves and never echo input.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_JSON_DEPTH = void 0;
exports.jsonErrorPosition = jsonErrorPosition;
exports.lineAndColumn = lineAndColumn;
/** A connection is a flat object; nesting past this is refused, not recursed into (no stack overflow). */
exports.MAX_JSON_DEPTH = 32;
/** Returns the 0-based offset of the first syntax error, or -1 when the text is valid JSON. */
function jsonErrorPosition(text) {
    let i = 0;
    let depth = 0;
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const fail = () => {
        throw new JsonStop(i);
    };
    const literal = (word) => {
        if (text.startsWith(word, i))
            i += word.length;
        else
            fail();
    };
    const string = () => {
        i++; // opening quote
        while (i < text.length) {
            const c = text[i];
            if (c === '"') {
                i++;
                return;
            }
            if (c < ' ')
                fail();
            if (c === '\\') {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        fail();
                    i += 6;
                    continue;
                }
                if (!e || !'"\\/bfnrt'.includes(e))
                    fail();
                i += 2;
                continue;
            }
            i++;
        }
        fail();
    };
    const number = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
        if (!m || m[0] === '-')
            fail();
        i += m[0].length;
    };
    const nested = (inner) => {
        if (++depth > exports.MAX_JSON_DEPTH)
            fail();
        inner();
        depth--;
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{')
            return nested(object);
        if (c === '[')
            return nested(array);
        if (c === '"')
            return string();
        if (c === 't')
            return literal('true');
        if (c === 'f')
            return literal('false');
        if (c === 'n')
            return literal('null');
        if (c === '-' || (c >= '0' && c <= '9'))
            return number();
        fail();
    };
    const object = () => {
        i++;
        ws();
        if (text[i] === '}') {
            i++;
            return;
        }
        for (;;) {
            ws();
            if (text[i] !== '"')
                fail();
            string();
            ws();
            if (text[i] !== ':')
                fail();
            i++;
            value();
            ws();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === '}') {
                i++;
                return;
            }
            fail();
        }
    };
    const array = () => {
        i++;
        ws();
        if (text[i] === ']') {
            i++;
            return;
        }
        for (;;) {
            value();
            ws();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === ']') {
                i++;
                return;
            }
            fail();
        }
    };
    try {
        value();
        ws();
        return i < text.length ? i : -1;
    }
    catch (e) {
        if (e instanceof JsonStop)
            return e.at;
        throw e;
    }
}
class JsonStop {
    at;
    constructor(at) {
        this.at = at;
    }
}
/** `line 3, column 14` for an offset. */
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `line ${line}, column ${column}`;
}
//# sourceMappingURL=jsonErrorPosition.js.map

/***/ }),

/***/ 3545:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseConnectionJson = parseConnectionJson;
const errors_1 = __webpack_require__(7324);
const sanitize_1 = __webpack_require__(49228);
const boundedRead_1 = __webpack_require__(99573);
const jsonErrorPosition_1 = __webpack_require__(72215);
const readTextFile_1 = __webpack_require__(49423);
const STRING_KEYS = [
    'settingName',
    'clientId',
    'clientSecret',
    'authUrl',
    'tenantId',
    'cloud',
    'certificatePem',
    'certificatePassword',
    'graphUrl',
    'caPem',
];
const SECRET_KEYS = new Set(['clientSecret', 'certificatePem', 'certificatePassword']);
/**
 * Parses a connection JSON. `source` names where it came from (`--connection`, `INTUNE_CONNECTION`,
 * a file path) so the error says which input to fix.
 */
function parseConnectionJson(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        if (!text.trim())
            throw (0, errors_1.inputError)(source, 'the connection JSON is empty.', 'Give a JSON object.');
        const at = (0, jsonErrorPosition_1.jsonErrorPosition)(text);
        const where = at < 0 ? 'somewhere' : `at ${(0, jsonErrorPosition_1.lineAndColumn)(text, at)}`;
        throw (0, errors_1.inputError)(source, `the connection is not valid JSON (${where}).`, 'Expected {"settingName":…,"clientId":…,"clientSecret":…,"authUrl":…}.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw (0, errors_1.inputError)(source, 'the connection JSON must be an object.', 'Wrap the fields in { }.');
    }
    const obj = parsed;
    // Mask first: a later error must not be the first place a secret appears.
    for (const key of SECRET_KEYS)
        if (typeof obj[key] === 'string')
            (0, sanitize_1.registerSecret)(obj[key]);
    const out = {};
    for (const [key, value] of Object.entries(obj)) {
        if (key === 'allowCustomEndpoints') {
            if (typeof value === 'boolean')
                out.allowCustomEndpoints = value;
            else if (value === 'true' || value === 'false')
                out.allowCustomEndpoints = value === 'true';
            else
                throw (0, errors_1.inputError)(`${source}.allowCustomEndpoints`, 'must be true or false.', 'Use true only for the simulator or a private test endpoint.');
            continue;
        }
        if (key === 'caFile' && typeof value === 'string' && value) {
            // The simulator prints its connection with the CA as a file path.
            out.caPem = (0, readTextFile_1.readTextFile)(value, `${source}.caFile`, boundedRead_1.INPUT_LIMITS.caFile);
            continue;
        }
        if (!STRING_KEYS.includes(key)) {
            throw (0, errors_1.inputError)(`${source}.${key}`, 'is not a connection field.', `Known fields: ${[...STRING_KEYS, 'caFile', 'allowCustomEndpoints'].join(', ')}.`);
        }
        if (value === null || value === undefined || value === '')
            continue;
        if (typeof value !== 'string')
            throw (0, errors_1.inputError)(`${source}.${key}`, 'must be a string.', 'Put the value in quotes.');
        out[key] = value;
    }
    return out;
}
//# sourceMappingURL=parseConnectionJson.js.map

/***/ }),

/***/ 1447:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readTextFile = void 0;
exports.readConnectionFromEnv = readConnectionFromEnv;
exports.readJsonOrFile = readJsonOrFile;
exports.readPemOrFile = readPemOrFile;
exports.mergeConnectionInputs = mergeConnectionInputs;
const sanitize_1 = __webpack_require__(49228);
const boundedRead_1 = __webpack_require__(99573);
const parseConnectionJson_1 = __webpack_require__(3545);
const readTextFile_1 = __webpack_require__(49423);
Object.defineProperty(exports, "readTextFile", ({ enumerable: true, get: function () { return readTextFile_1.readTextFile; } }));
const FIELDS = [
    ['INTUNE_SETTING_NAME', 'settingName'],
    ['INTUNE_CLIENT_ID', 'clientId'],
    ['INTUNE_CLIENT_SECRET', 'clientSecret'],
    ['INTUNE_AUTH_URL', 'authUrl'],
    ['INTUNE_TENANT_ID', 'tenantId'],
    ['INTUNE_CLOUD', 'cloud'],
    ['INTUNE_GRAPH_URL', 'graphUrl'],
    ['INTUNE_CERTIFICATE_PASSWORD', 'certificatePassword'],
];
/** Returns only the fields the environment sets (an empty object when none). */
function readConnectionFromEnv(env) {
    (0, sanitize_1.registerSecret)(env.INTUNE_CLIENT_SECRET);
    (0, sanitize_1.registerSecret)(env.INTUNE_CERTIFICATE_PASSWORD);
    const out = env.INTUNE_CONNECTION?.trim()
        ? readJsonOrFile(env.INTUNE_CONNECTION, 'INTUNE_CONNECTION')
        : {};
    const fields = out;
    for (const [name, key] of FIELDS) {
        const v = env[name]?.trim();
        if (v)
            fields[key] = v;
    }
    if (env.INTUNE_CERTIFICATE?.trim())
        out.certificatePem = readPemOrFile(env.INTUNE_CERTIFICATE, 'INTUNE_CERTIFICATE');
    if (env.INTUNE_CA_FILE?.trim())
        out.caPem = (0, readTextFile_1.readTextFile)(env.INTUNE_CA_FILE.trim(), 'INTUNE_CA_FILE', boundedRead_1.INPUT_LIMITS.caFile);
    const allow = env.INTUNE_ALLOW_CUSTOM_ENDPOINTS?.trim().toLowerCase();
    if (allow)
        out.allowCustomEndpoints = ['1', 'true', 'yes'].includes(allow);
    return out;
}
/** `value` is a connection JSON, or `@path` to a file holding one. */
function readJsonOrFile(value, field) {
    const v = value.trim();
    if (v.startsWith('@')) {
        const path = v.slice(1);
        return (0, parseConnectionJson_1.parseConnectionJson)((0, readTextFile_1.readTextFile)(path, field, boundedRead_1.INPUT_LIMITS.connection), `${field} (${path})`);
    }
    (0, boundedRead_1.checkTextLength)(v, field, boundedRead_1.INPUT_LIMITS.connection);
    return (0, parseConnectionJson_1.parseConnectionJson)(v, field);
}
/** `value` is PEM text, `@path`, or a plain path to a PEM file. */
function readPemOrFile(value, field) {
    const v = value.trim();
    if (v.includes('-----BEGIN')) {
        (0, sanitize_1.registerSecret)(v);
        (0, boundedRead_1.checkTextLength)(v, field, boundedRead_1.INPUT_LIMITS.certificate);
        return v;
    }
    const pem = (0, readTextFile_1.readTextFile)(v.startsWith('@') ? v.slice(1) : v, field, boundedRead_1.INPUT_LIMITS.certificate);
    (0, sanitize_1.registerSecret)(pem);
    return pem;
}
/** Later sources win field by field; `undefined` never erases a value. */
function mergeConnectionInputs(...inputs) {
    const out = {};
    for (const input of inputs) {
        if (!input)
            continue;
        for (const [k, v] of Object.entries(input))
            if (v !== undefined && v !== '')
                out[k] = v;
    }
    return out;
}
//# sourceMappingURL=readConnectionFromEnv.js.map

/***/ }),

/***/ 49423:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readTextFile = readTextFile;
const boundedRead_1 = __webpack_require__(99573);
/**
 * Reads a small text input (connection JSON, PEM, CA bundle) of at most `max` bytes; a missing, oversize
 * or non-regular file (a FIFO, /dev/zero) is an input error naming `field`.
 */
function readTextFile(path, field, max = boundedRead_1.INPUT_LIMITS.connection) {
    return (0, boundedRead_1.readBoundedFileSync)(path, field, max).toString('utf8');
}
//# sourceMappingURL=readTextFile.js.map

/***/ }),

/***/ 70136:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveConnection = resolveConnection;
/**
 * Validates a connection completely before anything is sent: every error is one line that names the
 * field and the fix. Also decides where the secret may go: only to Microsoft's hosts, unless the caller
 * explicitly allowed custom endpoints.
 */
const node_crypto_1 = __webpack_require__(77598);
const errors_1 = __webpack_require__(7324);
const sanitize_1 = __webpack_require__(49228);
const certificate_1 = __webpack_require__(48679);
const clouds_1 = __webpack_require__(53932);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const TENANT_HINT = 'Use the Directory (tenant) ID from Entra admin center → Overview.';
/** Validates `input` and works out authority, Graph endpoint, scope and credential. Throws inputError. */
function resolveConnection(input, logger) {
    // Mask first, validate after: an error further down must never be where a secret first shows.
    for (const s of [input.clientSecret, input.certificatePassword]) {
        if (!s)
            continue;
        (0, sanitize_1.registerSecret)(s);
        logger?.maskSecret(s);
    }
    const allowCustom = input.allowCustomEndpoints === true;
    const clientId = requireGuid(input.clientId, 'clientId', 'Use the Application (client) ID from Entra admin center → App registrations → <app> → Overview.');
    let requestedCloud;
    if (input.cloud) {
        requestedCloud = (0, clouds_1.parseCloudName)(input.cloud);
        if (!requestedCloud)
            throw (0, errors_1.inputError)('cloud', `'${input.cloud}' is not a known cloud.`, `Use one of: ${clouds_1.CLOUD_NAMES.join(', ')}.`);
    }
    const login = resolveLogin(input, requestedCloud, allowCustom);
    const graph = resolveGraph(input, login.cloud, allowCustom);
    const credential = resolveCredential(input, logger);
    const caPem = input.caPem ? checkCaPem(input.caPem) : undefined;
    const customEndpoints = login.custom || graph.custom;
    return {
        settingName: input.settingName?.trim() || clientId,
        clientId,
        tenantId: login.tenant,
        cloud: customEndpoints ? 'custom' : (login.cloud ?? 'public'),
        loginHost: login.host,
        authority: `https://${login.host}/${login.tenant}`,
        tokenUrl: `https://${login.host}/${login.tenant}/oauth2/v2.0/token`,
        graphUrl: graph.url,
        graphHost: graph.host,
        scope: `${graph.url}/.default`,
        credential,
        customEndpoints,
        caPem,
    };
}
function requireGuid(value, field, fix) {
    const v = value?.trim();
    if (!v)
        throw (0, errors_1.inputError)(field, 'is missing.', fix);
    if (!GUID.test(v))
        throw (0, errors_1.inputError)(field, `'${v}' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`, fix);
    return v.toLowerCase();
}
function checkTenant(value, field) {
    const v = value.trim();
    if (GUID.test(v))
        return v.toLowerCase();
    if (['common', 'organizations', 'consumers'].includes(v.toLowerCase())) {
        throw (0, errors_1.inputError)(field, `'${v}' is not a tenant: app-only sign-in needs your own tenant.`, TENANT_HINT);
    }
    if (DOMAIN.test(v))
        return v.toLowerCase();
    throw (0, errors_1.inputError)(field, `'${v}' is not a GUID or a tenant domain.`, TENANT_HINT);
}
function resolveLogin(input, requested, allowCustom) {
    const tenantFromField = input.tenantId?.trim() ? checkTenant(input.tenantId, 'tenantId') : undefined;
    if (!input.authUrl?.trim()) {
        if (!tenantFromField) {
            throw (0, errors_1.inputError)('authUrl', 'is missing (and no tenantId was given).', 'Give the Auth URL https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token, or the tenantId.');
        }
        const cloud = requested ?? 'public';
        return { host: clouds_1.CLOUDS[cloud].loginHost, tenant: tenantFromField, cloud, custom: false };
    }
    const fix = 'It must look like https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token.';
    let url;
    try {
        url = new URL(input.authUrl.trim());
    }
    catch {
        throw (0, errors_1.inputError)('authUrl', 'is not a URL.', fix);
    }
    if (url.protocol !== 'https:')
        throw (0, errors_1.inputError)('authUrl', 'must use https.', fix);
    if (url.search || url.hash || url.username || url.password)
        throw (0, errors_1.inputError)('authUrl', 'must not carry a query, fragment or credentials.', fix);
    const m = /^\/([^/]+)\/oauth2\/v2\.0\/token\/?$/.exec(url.pathname);
    if (!m) {
        const v1 = /^\/[^/]+\/oauth2\/token\/?$/.test(url.pathname);
        throw (0, errors_1.inputError)('authUrl', v1 ? 'is the old v1 token URL.' : 'is not a token URL.', fix);
    }
    const tenant = checkTenant(decodeURIComponent(m[1]), 'authUrl');
    if (tenantFromField && tenantFromField !== tenant) {
        throw (0, errors_1.inputError)('tenantId', `'${tenantFromField}' differs from the tenant in authUrl ('${tenant}').`, 'Give only one of them, or make them agree.');
    }
    const host = url.host.toLowerCase();
    const cloud = (0, clouds_1.isMicrosoftLoginHost)(host) ? (0, clouds_1.cloudForLoginHost)(host, requested) : undefined;
    if (cloud && requested && clouds_1.CLOUDS[requested].loginHost !== host) {
        throw (0, errors_1.inputError)('cloud', `'${requested}' does not match the Auth URL host ${host}.`, 'Drop cloud, or fix the Auth URL.');
    }
    if (!cloud)
        refuseHost('authUrl', host, allowCustom, 'Entra sign-in');
    return { host, tenant, cloud, custom: !cloud };
}
function resolveGraph(input, cloud, allowCustom) {
    if (!input.graphUrl?.trim()) {
        if (!cloud) {
            throw (0, errors_1.inputError)('graphUrl', 'is required with a custom Auth URL.', "Give the Graph root, e.g. the simulator's graphUrl.");
        }
        const host = clouds_1.CLOUDS[cloud].graphHost;
        return { url: `https://${host}`, host, custom: false };
    }
    const fix = 'Give the Graph root, e.g. https://graph.microsoft.com.';
    let url;
    try {
        url = new URL(input.graphUrl.trim());
    }
    catch {
        throw (0, errors_1.inputError)('graphUrl', 'is not a URL.', fix);
    }
    // The Graph SDK only attaches the token to https URLs: over http every call would be anonymous.
    if (url.protocol !== 'https:')
        throw (0, errors_1.inputError)('graphUrl', 'must use https.', fix);
    if (url.search || url.hash || url.username || url.password)
        throw (0, errors_1.inputError)('graphUrl', 'must not carry a query, fragment or credentials.', fix);
    if (url.pathname !== '/' && url.pathname !== '') {
        throw (0, errors_1.inputError)('graphUrl', `must be the Graph root without a path (got '${url.pathname}').`, 'Drop /v1.0 or /beta: each call picks its version.');
    }
    const host = url.host.toLowerCase();
    const custom = !(0, clouds_1.isMicrosoftGraphHost)(host);
    if (custom)
        refuseHost('graphUrl', host, allowCustom, 'Microsoft Graph');
    else if (cloud &&
        clouds_1.CLOUDS[cloud].graphHost !== host &&
        !(cloud === 'usgov' && host === clouds_1.CLOUDS.usgovdod.graphHost)) {
        throw (0, errors_1.inputError)('graphUrl', `${host} is not the Graph host of the ${cloud} cloud (${clouds_1.CLOUDS[cloud].graphHost}).`, 'Drop graphUrl, or set cloud.');
    }
    return { url: `https://${host}`, host, custom };
}
function refuseHost(field, host, allowCustom, what) {
    if (allowCustom)
        return;
    throw new errors_1.IntunePublishError(errors_1.ErrorCodes.HostNotAllowed, `${field}: ${host} is not a Microsoft ${what} host; the credentials will not be sent there.`, {
        field,
        fix: 'Use a Microsoft endpoint, or set allowCustomEndpoints (INTUNE_ALLOW_CUSTOM_ENDPOINTS=1, --allow-custom-endpoints) for the simulator or a test rig you trust.',
    });
}
function resolveCredential(input, logger) {
    const given = [
        input.clientSecret ? 'clientSecret' : '',
        input.certificatePem ? 'certificatePem' : '',
        input.clientAssertion ? 'clientAssertion' : '',
    ].filter(Boolean);
    if (given.length === 0) {
        throw (0, errors_1.inputError)('clientSecret', 'is missing (no certificate or federated assertion either).', 'Create one under Entra admin center → App registrations → <app> → Certificates & secrets, and pass its Value (not its ID).');
    }
    if (given.length > 1)
        throw (0, errors_1.inputError)(given[1], `is given together with ${given[0]}.`, 'Give exactly one credential.');
    if (input.clientSecret)
        return { kind: 'secret', clientSecret: input.clientSecret };
    if (input.certificatePem) {
        const cert = (0, certificate_1.loadCertificate)(input.certificatePem, input.certificatePassword, 'certificatePem');
        logger?.maskSecret(cert.privateKey);
        return {
            kind: 'certificate',
            thumbprintSha256: cert.thumbprintSha256,
            privateKey: cert.privateKey,
            notAfter: cert.notAfter,
        };
    }
    const getAssertion = input.clientAssertion;
    return {
        kind: 'assertion',
        getAssertion: async () => {
            const assertion = await getAssertion();
            (0, sanitize_1.registerSecret)(assertion);
            logger?.maskSecret(assertion);
            return assertion;
        },
    };
}
function checkCaPem(pem) {
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
    if (!blocks)
        throw (0, errors_1.inputError)('caPem', 'has no -----BEGIN CERTIFICATE----- block.', 'Give the CA certificate(s) as PEM.');
    for (const b of blocks) {
        try {
            new node_crypto_1.X509Certificate(b);
        }
        catch {
            throw (0, errors_1.inputError)('caPem', 'holds a certificate that cannot be read.', 'Export the CA certificate again as PEM.');
        }
    }
    return blocks.join('\n') + '\n';
}
//# sourceMappingURL=resolveConnection.js.map

/***/ }),

/***/ 36519:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PayloadEncryptor = exports.HEADER_LENGTH = exports.IV_LENGTH = exports.MAC_LENGTH = void 0;
exports.generateContentKeys = generateContentKeys;
exports.encryptedLength = encryptedLength;
exports.toEncryptionInfo = toEncryptionInfo;
/**
 * Intune's content encryption (ProfileVersion1), as one streaming pass:
 *   blob = HMAC-SHA256(macKey, IV ‖ ciphertext) ‖ IV ‖ AES-256-CBC-PKCS7(key, IV, plaintext)
 * and fileDigest = SHA-256(plaintext).
 *
 * The HMAC leads the blob but is known only at the end, so this transform emits the blob from byte 32
 * on (IV, then ciphertext) and hands the HMAC over afterwards through `result()`. Callers place it
 * first: the uploader as its own block listed first, the packager by writing it back at offset 0.
 */
const node_crypto_1 = __webpack_require__(77598);
const node_stream_1 = __webpack_require__(57075);
exports.MAC_LENGTH = 32;
exports.IV_LENGTH = 16;
/** Bytes before the ciphertext: HMAC then IV. */
exports.HEADER_LENGTH = exports.MAC_LENGTH + exports.IV_LENGTH;
/**
 * Fresh random keys, or deterministic ones from a seed (reproducible packages and tests). A seed gives
 * no secrecy: anyone with the seed has the keys, so the packager only uses it when asked.
 */
function generateContentKeys(seed) {
    if (seed === undefined) {
        return { encryptionKey: (0, node_crypto_1.randomBytes)(32), macKey: (0, node_crypto_1.randomBytes)(32), iv: (0, node_crypto_1.randomBytes)(exports.IV_LENGTH) };
    }
    const derive = (label, len) => (0, node_crypto_1.createHash)('sha256').update(`intune-publish:${label}:${seed}`).digest().subarray(0, len);
    return { encryptionKey: derive('key', 32), macKey: derive('mac', 32), iv: derive('iv', exports.IV_LENGTH) };
}
/** Blob length for a plaintext of n bytes: PKCS7 always adds 1–16 bytes. */
function encryptedLength(plainLength) {
    return exports.HEADER_LENGTH + 16 * (Math.floor(plainLength / 16) + 1);
}
function toEncryptionInfo(keys, mac, digest) {
    return {
        encryptionKey: keys.encryptionKey.toString('base64'),
        macKey: keys.macKey.toString('base64'),
        initializationVector: keys.iv.toString('base64'),
        mac: mac.toString('base64'),
        profileIdentifier: 'ProfileVersion1',
        fileDigest: digest.toString('base64'),
        fileDigestAlgorithm: 'SHA256',
    };
}
/** Plaintext in; IV ‖ ciphertext out. Call `result()` after the stream has finished. */
class PayloadEncryptor extends node_stream_1.Transform {
    keys;
    cipher;
    hmac;
    sha;
    plainLength = 0;
    outcome;
    constructor(keys) {
        super();
        this.keys = keys;
        this.cipher = (0, node_crypto_1.createCipheriv)('aes-256-cbc', keys.encryptionKey, keys.iv);
        this.hmac = (0, node_crypto_1.createHmac)('sha256', keys.macKey);
        this.sha = (0, node_crypto_1.createHash)('sha256');
        this.hmac.update(keys.iv);
        this.push(keys.iv);
    }
    _transform(chunk, _enc, done) {
        this.plainLength += chunk.length;
        this.sha.update(chunk);
        const out = this.cipher.update(chunk);
        if (out.length) {
            this.hmac.update(out);
            this.push(out);
        }
        done();
    }
    _flush(done) {
        const last = this.cipher.final();
        this.hmac.update(last);
        this.push(last);
        const mac = this.hmac.digest();
        const digest = this.sha.digest();
        this.outcome = {
            mac,
            digest,
            plainLength: this.plainLength,
            blobLength: encryptedLength(this.plainLength),
            info: toEncryptionInfo(this.keys, mac, digest),
        };
        done();
    }
    /** The HMAC, digest and commit info; only valid once the stream has ended. */
    result() {
        if (!this.outcome)
            throw new Error('PayloadEncryptor.result() called before the stream ended');
        return this.outcome;
    }
}
exports.PayloadEncryptor = PayloadEncryptor;
//# sourceMappingURL=payloadEncryptor.js.map

/***/ }),

/***/ 7324:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IntunePublishError = exports.ErrorCodes = void 0;
exports.isIntunePublishError = isIntunePublishError;
exports.inputError = inputError;
exports.errorLine = errorLine;
/**
 * The one error type intune-core throws. `code` is stable (callers and tests branch on it),
 * `message` is a single line a user can act on, and nothing secret is ever put in it:
 * messages pass through the sanitizer when the error is built.
 */
const sanitize_1 = __webpack_require__(49228);
exports.ErrorCodes = {
    /** A user input (connection, flag, template, package path) is wrong. Nothing was sent anywhere. */
    InputInvalid: 'INPUT_INVALID',
    /** A host that is not Microsoft's was given without the custom-endpoints opt-in. */
    HostNotAllowed: 'HOST_NOT_ALLOWED',
    /** Sign-in to Entra failed (AADSTS error or network). */
    AuthFailed: 'AUTH_FAILED',
    /** The token lacks a permission the operation needs. */
    PermissionMissing: 'PERMISSION_MISSING',
    /** Graph answered with an error. */
    GraphError: 'GRAPH_ERROR',
    /** The package file is unreadable, corrupt or not what its extension says. */
    PackageInvalid: 'PACKAGE_INVALID',
    /** An app or assignment template is invalid. */
    TemplateInvalid: 'TEMPLATE_INVALID',
    /** Blob upload failed after retries. */
    UploadFailed: 'UPLOAD_FAILED',
    /** Intune refused the committed file (commitFileFailed and friends). */
    CommitFailed: 'COMMIT_FAILED',
    /** A wait (upload state, publishing state) ran past its deadline. */
    Timeout: 'TIMEOUT',
    /** The connection to a host failed (DNS, TLS, reset) after retries. */
    NetworkError: 'NETWORK_ERROR',
    /** An assignment could not be resolved or applied. */
    AssignmentInvalid: 'ASSIGNMENT_INVALID',
    /** Packaging a folder into .intunewin failed. */
    PackagingFailed: 'PACKAGING_FAILED',
};
class IntunePublishError extends Error {
    name = 'IntunePublishError';
    code;
    status;
    graphCode;
    requestId;
    clientRequestId;
    field;
    fix;
    constructor(code, message, options = {}) {
        super((0, sanitize_1.sanitizeText)(message), options.cause === undefined ? undefined : { cause: options.cause });
        this.code = code;
        this.status = options.status;
        this.graphCode = options.graphCode;
        this.requestId = options.requestId;
        this.clientRequestId = options.clientRequestId;
        this.field = options.field;
        this.fix = options.fix === undefined ? undefined : (0, sanitize_1.sanitizeText)(options.fix);
    }
    /** One line for a CI log: what went wrong, the fix, and the ids support will ask for. */
    toLine() {
        const parts = [this.message];
        if (this.fix)
            parts.push(this.fix);
        const ids = [
            this.requestId ? `request-id ${this.requestId}` : '',
            this.clientRequestId ? `client-request-id ${this.clientRequestId}` : '',
        ].filter(Boolean);
        if (ids.length)
            parts.push(`(${ids.join(', ')})`);
        return parts.join(' ');
    }
}
exports.IntunePublishError = IntunePublishError;
/** True for our error even when two copies of the package are loaded (bundles). */
function isIntunePublishError(e) {
    return e instanceof IntunePublishError || (e instanceof Error && e.name === 'IntunePublishError');
}
/** Shorthand for the most common error: a bad input, naming the field and the fix. */
function inputError(field, message, fix) {
    return new IntunePublishError(exports.ErrorCodes.InputInvalid, `${field}: ${message}`, { field, fix });
}
/** A user-facing line for any thrown value, sanitized. */
function errorLine(e) {
    if (isIntunePublishError(e))
        return e.toLine();
    if (e instanceof Error)
        return (0, sanitize_1.sanitizeText)(e.message);
    return (0, sanitize_1.sanitizeText)(String(e));
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 96585:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatBytes = formatBytes;
/** Sizes for people: "512 B", "3.1 KiB", "64.0 MiB", "2.00 GiB". */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1048576)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    if (bytes < 1073741824)
        return `${(bytes / 1048576).toFixed(1)} MiB`;
    return `${(bytes / 1073741824).toFixed(2)} GiB`;
}
//# sourceMappingURL=formatBytes.js.map

/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createGraphClient = createGraphClient;
/**
 * Our Graph client: the Microsoft Graph SDK's request building and response handling, with our token
 * provider, our dispatcher, our retry policy and one error type. Every call picks its API version.
 */
const node_crypto_1 = __webpack_require__(77598);
const microsoft_graph_client_1 = __webpack_require__(19424);
const request_1 = __webpack_require__(9681);
const graphError_1 = __webpack_require__(59400);
const policyMiddleware_1 = __webpack_require__(89896);
const sendMiddleware_1 = __webpack_require__(22312);
function createGraphClient(resolved, tokens, http, logger, options = {}) {
    const settings = (0, request_1.resolveRetrySettings)(request_1.GRAPH_RETRY, options.retry);
    const policies = [
        (0, request_1.requestIdPolicy)(),
        ...(options.policies?.perCall ?? []),
        (0, request_1.retryPolicy)({ strategies: (0, request_1.graphStrategies)(settings), settings, logger, sleep: options.sleep }),
        ...(options.policies?.perRetry ?? []),
        (0, request_1.requestLogPolicy)(logger),
    ];
    const auth = (0, policyMiddleware_1.chain)([
        new microsoft_graph_client_1.AuthenticationHandler({ getAccessToken: async () => (await tokens.getToken()).token }),
        ...policies.map(p => new policyMiddleware_1.PolicyMiddleware(p)),
        (0, sendMiddleware_1.sendMiddleware)(http),
    ]);
    const graphHost = new URL(resolved.graphUrl).hostname;
    const client = microsoft_graph_client_1.Client.initWithMiddleware({
        middleware: auth,
        baseUrl: `${resolved.graphUrl}/`,
        // The SDK attaches the token only to Graph's own hosts and these (host names without port).
        customHosts: resolved.customEndpoints ? new Set([graphHost]) : undefined,
    });
    const call = async (method, path, body, o = {}) => {
        const clientRequestId = (0, node_crypto_1.randomUUID)();
        let req = client
            .api(path)
            .header('client-request-id', clientRequestId)
            .header('Accept-Language', options.acceptLanguage ?? 'en-US');
        if (!/^https:\/\//i.test(path))
            req = req.version(o.version ?? 'v1.0');
        for (const [k, v] of Object.entries(o.headers ?? {}))
            req = req.header(k, v);
        req = req.middlewareOptions([
            new policyMiddleware_1.RequestTraitsOption({
                throttlingOnly: o.retryServerErrors === false,
                idempotent: o.idempotent,
                transient: o.transient,
            }),
        ]);
        try {
            switch (method) {
                case 'GET':
                    return (await req.get());
                case 'POST':
                    return (await req.post(body ?? {}));
                case 'PATCH':
                    return (await req.patch(body));
                case 'PUT':
                    return (await req.put(body));
                case 'DELETE':
                    return (await req.delete());
            }
        }
        catch (e) {
            throw (0, graphError_1.toGraphError)(e, method, path, clientRequestId);
        }
    };
    return {
        graphUrl: resolved.graphUrl,
        get: (path, o) => call('GET', path, undefined, o),
        post: (path, body, o) => call('POST', path, body, o),
        patch: (path, body, o) => call('PATCH', path, body, o),
        put: (path, body, o) => call('PUT', path, body, o),
        delete: (path, o) => call('DELETE', path, undefined, o),
        list: async (path, o) => {
            const items = [];
            let next = path;
            while (next) {
                const page = await call('GET', next, undefined, o);
                items.push(...(page.value ?? []));
                next = page['@odata.nextLink'];
            }
            return items;
        },
    };
}
//# sourceMappingURL=createGraphClient.js.map

/***/ }),

/***/ 59400:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unwrapIntuneMessage = unwrapIntuneMessage;
exports.toGraphError = toGraphError;
/**
 * The one conversion from whatever the Graph SDK throws into IntunePublishError(GRAPH_ERROR) carrying
 * status, Graph code, the readable message (Intune nests a JSON document inside `message`), request-id
 * and client-request-id.
 */
const errors_1 = __webpack_require__(7324);
/** Intune's `message` is often `{"_version":3,"Message":"An error has occurred - Operation ID ...", ...}`. */
function unwrapIntuneMessage(message) {
    const m = (message ?? '').trim();
    if (!m.startsWith('{'))
        return m;
    try {
        const inner = JSON.parse(m);
        const text = inner.Message ?? inner.message;
        return typeof text === 'string' ? text.trim() : m;
    }
    catch {
        return m;
    }
}
function fixFor(status, message) {
    if (status === 401)
        return "The token was refused: check that the connection's cloud matches the tenant, then sign in again.";
    if (status === 403 && /must have one of the following scopes/i.test(message)) {
        return 'Grant the listed permission as an application permission and grant admin consent (see check-connection).';
    }
    if (status === 403)
        return 'The app lacks a permission or Intune role for this call; run check-connection.';
    if (status === 429)
        return 'Intune throttled the run past the retry budget: publish fewer apps in parallel or retry later.';
    return undefined;
}
function toGraphError(e, method, path, clientRequestId) {
    if ((0, errors_1.isIntunePublishError)(e))
        return e;
    const g = (e && typeof e === 'object' ? e : {});
    const status = typeof g.statusCode === 'number' && g.statusCode > 0 ? g.statusCode : 0;
    const requestId = g.requestId ?? g.headers?.get('request-id') ?? undefined;
    const message = unwrapIntuneMessage(g.message) || (status ? `HTTP ${status}` : 'no answer');
    const code = g.code ?? undefined;
    const where = `Graph ${method} ${path.split('?')[0]}`;
    if (!status && g.code === 'IntunePublishError' && g.message) {
        // Our send middleware's own network error, wrapped by the SDK: keep its words.
        return new errors_1.IntunePublishError(errors_1.ErrorCodes.NetworkError, g.message, {
            status: 0,
            clientRequestId,
            fix: 'Check the network path to Graph (HTTPS_PROXY/NO_PROXY, a CA for TLS inspection: --ca-file).',
        });
    }
    if (!status) {
        return new errors_1.IntunePublishError(errors_1.ErrorCodes.NetworkError, `${where} failed: ${message}`, {
            status: 0,
            clientRequestId,
            fix: 'Check the network path to Graph (HTTPS_PROXY/NO_PROXY, a CA for TLS inspection: --ca-file).',
            cause: e,
        });
    }
    return new errors_1.IntunePublishError(errors_1.ErrorCodes.GraphError, `${where} → ${status}${code ? ` ${code}` : ''}: ${message}`, {
        status,
        graphCode: code,
        requestId,
        clientRequestId,
        fix: fixFor(status, message),
        cause: e,
    });
}
//# sourceMappingURL=graphError.js.map

/***/ }),

/***/ 2900:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RequestTraitsOption = exports.unwrapIntuneMessage = exports.toGraphError = exports.createGraphClient = void 0;
var createGraphClient_1 = __webpack_require__(23683);
Object.defineProperty(exports, "createGraphClient", ({ enumerable: true, get: function () { return createGraphClient_1.createGraphClient; } }));
var graphError_1 = __webpack_require__(59400);
Object.defineProperty(exports, "toGraphError", ({ enumerable: true, get: function () { return graphError_1.toGraphError; } }));
Object.defineProperty(exports, "unwrapIntuneMessage", ({ enumerable: true, get: function () { return graphError_1.unwrapIntuneMessage; } }));
var policyMiddleware_1 = __webpack_require__(89896);
Object.defineProperty(exports, "RequestTraitsOption", ({ enumerable: true, get: function () { return policyMiddleware_1.RequestTraitsOption; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 89896:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PolicyMiddleware = exports.RequestTraitsOption = void 0;
exports.requestFromContext = requestFromContext;
exports.graphResponse = graphResponse;
exports.chain = chain;
const errors_1 = __webpack_require__(7324);
/** Per-request traits (safe to repeat, throttling only, known transient answer), set by the caller. */
class RequestTraitsOption {
    traits;
    constructor(traits) {
        this.traits = traits;
    }
}
exports.RequestTraitsOption = RequestTraitsOption;
function requestFromContext(context) {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const init = context.options ?? {};
    const headers = {};
    new Headers(init.headers).forEach((v, k) => {
        headers[k] = v;
    });
    const body = init.body;
    if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) {
        // A stream cannot be sent twice; Graph JSON calls never need one (blobs go through their own transport).
        throw new errors_1.IntunePublishError(errors_1.ErrorCodes.GraphError, `Graph ${init.method ?? 'GET'}: only buffered bodies are supported.`);
    }
    const traits = context.middlewareControl?.getMiddlewareOptions(RequestTraitsOption);
    return {
        service: 'graph',
        method: (init.method ?? 'GET').toUpperCase(),
        url,
        headers,
        body: body ?? undefined,
        traits: traits?.traits ?? {},
    };
}
function graphResponse(res) {
    return {
        status: res.status,
        header: name => res.headers.get(name) ?? undefined,
        discard: async () => {
            await res.body?.cancel().catch(() => undefined);
        },
        raw: res,
    };
}
class PolicyMiddleware {
    policy;
    next;
    constructor(policy) {
        this.policy = policy;
    }
    setNext(next) {
        this.next = next;
    }
    async execute(context) {
        const next = this.next;
        if (!next)
            throw new Error(`middleware ${this.policy.name} has no next link`);
        const res = await this.policy.sendRequest(requestFromContext(context), async (req) => {
            context.request = req.url;
            context.options = { ...context.options, method: req.method, headers: req.headers };
            await next.execute(context);
            if (!context.response)
                throw new Error(`middleware after ${this.policy.name} set no response`);
            return graphResponse(context.response);
        });
        context.response = res.raw;
    }
}
exports.PolicyMiddleware = PolicyMiddleware;
/** Links the middleware into one chain, in order, and returns its head. */
function chain(links) {
    for (let i = 0; i < links.length - 1; i++)
        links[i].setNext?.(links[i + 1]);
    return links[0];
}
//# sourceMappingURL=policyMiddleware.js.map

/***/ }),

/***/ 22312:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sendMiddleware = sendMiddleware;
const errors_1 = __webpack_require__(7324);
const request_1 = __webpack_require__(9681);
const policyMiddleware_1 = __webpack_require__(89896);
function sendMiddleware(http) {
    return {
        async execute(context) {
            const req = (0, policyMiddleware_1.requestFromContext)(context);
            try {
                const res = await http.fetch(req.url, {
                    method: req.method,
                    headers: req.headers,
                    body: req.body,
                    redirect: 'manual',
                });
                context.response = res;
            }
            catch (e) {
                // The cause chain keeps undici's code, so the retry strategies still see a dropped connection.
                throw new errors_1.IntunePublishError(errors_1.ErrorCodes.NetworkError, `Graph ${req.method} ${new URL(req.url).pathname}: ${(0, request_1.innermostMessage)(e)}`, {
                    status: 0,
                    clientRequestId: req.headers['client-request-id'],
                    fix: 'Check the network path to Graph (HTTPS_PROXY/NO_PROXY, a CA for TLS inspection: --ca-file).',
                    cause: e,
                });
            }
        },
    };
}
//# sourceMappingURL=sendMiddleware.js.map

/***/ }),

/***/ 59137:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createHttpClient = createHttpClient;
/**
 * The one undici dispatcher every outbound request goes through (MSAL, Graph, blob uploads), so that a
 * proxy (HTTPS_PROXY / NO_PROXY) and an extra CA apply everywhere the same way. Node's global fetch
 * ignores proxy variables on Node 20, and MSAL's default client uses it: hence one place for all of it.
 */
const node_fs_1 = __webpack_require__(73024);
const node_tls_1 = __webpack_require__(41692);
const undici_1 = __webpack_require__(97275);
function createHttpClient(opts = {}) {
    const env = opts.env ?? process.env;
    const ca = trustedCas(opts.caPem, env);
    const tls = ca ? { ca } : {};
    const agentOpts = {
        keepAliveTimeout: opts.keepAliveTimeoutMs ?? 30_000,
        headersTimeout: opts.headersTimeoutMs ?? 120_000,
        bodyTimeout: opts.bodyTimeoutMs ?? 300_000,
        connect: { ...tls, timeout: opts.connectTimeoutMs ?? 30_000 },
    };
    const httpsProxy = env.https_proxy ?? env.HTTPS_PROXY;
    const httpProxy = env.http_proxy ?? env.HTTP_PROXY;
    const dispatcher = httpsProxy || httpProxy
        ? new undici_1.EnvHttpProxyAgent({
            ...agentOpts,
            httpsProxy,
            httpProxy,
            noProxy: env.no_proxy ?? env.NO_PROXY ?? '',
            requestTls: tls,
            proxyTls: tls,
        })
        : new undici_1.Agent(agentOpts);
    return {
        dispatcher,
        proxied: Boolean(httpsProxy),
        fetch: (input, init) => (0, undici_1.fetch)(input, { ...init, dispatcher }),
        request: (url, options) => (0, undici_1.request)(url, { ...options, dispatcher }),
        close: () => dispatcher.close(),
    };
}
/**
 * Giving undici a `ca` replaces Node's trust store, so the system roots and NODE_EXTRA_CA_CERTS are put
 * back in explicitly. Without an extra CA, Node's defaults (which include NODE_EXTRA_CA_CERTS) apply.
 */
function trustedCas(caPem, env) {
    if (!caPem)
        return undefined;
    const cas = [...node_tls_1.rootCertificates];
    const extraFile = env.NODE_EXTRA_CA_CERTS;
    if (extraFile) {
        try {
            cas.push((0, node_fs_1.readFileSync)(extraFile, 'utf8'));
        }
        catch {
            // Node itself only warns about an unreadable NODE_EXTRA_CA_CERTS; so do we (by ignoring it).
        }
    }
    cas.push(caPem);
    return cas;
}
//# sourceMappingURL=createHttpClient.js.map

/***/ }),

/***/ 75016:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createHttpClient = void 0;
var createHttpClient_1 = __webpack_require__(59137);
Object.defineProperty(exports, "createHttpClient", ({ enumerable: true, get: function () { return createHttpClient_1.createHttpClient; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 80211:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatBytes = exports.publish = exports.renderPlanMarkdown = exports.renderPlanText = exports.checkConnection = exports.registerSecret = exports.sanitizeUrl = exports.sanitizeText = void 0;
/**
 * intune-core: everything intune-publish does, with no CI system in it. Adapters (CLI, GitHub Action,
 * Azure DevOps task) gather inputs, hand them here with a Logger, and render the results.
 * Importing this module has no side effects.
 */
__exportStar(__webpack_require__(7324), exports);
__exportStar(__webpack_require__(71539), exports);
var sanitize_1 = __webpack_require__(49228);
Object.defineProperty(exports, "sanitizeText", ({ enumerable: true, get: function () { return sanitize_1.sanitizeText; } }));
Object.defineProperty(exports, "sanitizeUrl", ({ enumerable: true, get: function () { return sanitize_1.sanitizeUrl; } }));
Object.defineProperty(exports, "registerSecret", ({ enumerable: true, get: function () { return sanitize_1.registerSecret; } }));
__exportStar(__webpack_require__(47032), exports);
__exportStar(__webpack_require__(75016), exports);
__exportStar(__webpack_require__(79538), exports);
__exportStar(__webpack_require__(24212), exports);
__exportStar(__webpack_require__(2900), exports);
__exportStar(__webpack_require__(9681), exports);
var checkConnection_1 = __webpack_require__(28887);
Object.defineProperty(exports, "checkConnection", ({ enumerable: true, get: function () { return checkConnection_1.checkConnection; } }));
__exportStar(__webpack_require__(58183), exports);
__exportStar(__webpack_require__(27601), exports);
__exportStar(__webpack_require__(97231), exports);
__exportStar(__webpack_require__(16617), exports);
__exportStar(__webpack_require__(36519), exports);
__exportStar(__webpack_require__(48294), exports);
var renderPlan_1 = __webpack_require__(69284);
Object.defineProperty(exports, "renderPlanText", ({ enumerable: true, get: function () { return renderPlan_1.renderPlanText; } }));
Object.defineProperty(exports, "renderPlanMarkdown", ({ enumerable: true, get: function () { return renderPlan_1.renderPlanMarkdown; } }));
var publish_1 = __webpack_require__(32892);
Object.defineProperty(exports, "publish", ({ enumerable: true, get: function () { return publish_1.publish; } }));
__exportStar(__webpack_require__(31113), exports);
var formatBytes_1 = __webpack_require__(96585);
Object.defineProperty(exports, "formatBytes", ({ enumerable: true, get: function () { return formatBytes_1.formatBytes; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 71539:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.silentLogger = void 0;
exports.safeLogger = safeLogger;
/**
 * The logger adapters hand to intune-core. The core never prints by itself; the CLI, the Action and
 * the Azure DevOps task each map these calls onto their own logging.
 */
const sanitize_1 = __webpack_require__(49228);
/** A logger that drops everything: for library callers that want silence. */
exports.silentLogger = {
    info: () => undefined,
    warn: () => undefined,
    debug: () => undefined,
    progress: () => undefined,
    maskSecret: () => undefined,
};
/**
 * Wraps an adapter's logger so that every line is sanitized and every masked secret is also registered
 * with our own sanitizer. The core calls this once at its entry points; adapters need not.
 */
function safeLogger(inner) {
    return {
        info: m => inner.info((0, sanitize_1.sanitizeText)(m)),
        warn: m => inner.warn((0, sanitize_1.sanitizeText)(m)),
        debug: m => inner.debug((0, sanitize_1.sanitizeText)(m)),
        progress: e => inner.progress({ ...e, message: (0, sanitize_1.sanitizeText)(e.message) }),
        maskSecret: s => {
            if (!s)
                return;
            (0, sanitize_1.registerSecret)(s);
            inner.maskSecret(s);
        },
    };
}
//# sourceMappingURL=logger.js.map

/***/ }),

/***/ 49934:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AxmlError = exports.TYPE_STRING = exports.TYPE_REFERENCE = void 0;
exports.parseBinaryXml = parseBinaryXml;
const RES_XML = 0x0003;
const RES_STRING_POOL = 0x0001;
const RES_XML_RESOURCE_MAP = 0x0180;
const RES_XML_START_ELEMENT = 0x0102;
const RES_XML_END_ELEMENT = 0x0103;
const UTF8_FLAG = 1 << 8;
const NO_INDEX = 0xffffffff;
exports.TYPE_REFERENCE = 0x01;
exports.TYPE_STRING = 0x03;
const TYPE_INT_DEC = 0x10;
const TYPE_INT_HEX = 0x11;
const TYPE_INT_BOOLEAN = 0x12;
class AxmlError extends Error {
}
exports.AxmlError = AxmlError;
function parseBinaryXml(buf) {
    const need = (cond, what) => {
        if (!cond)
            throw new AxmlError(what);
    };
    need(buf.length >= 8 && buf.readUInt16LE(0) === RES_XML, 'not Android binary XML');
    let strings = [];
    let resourceIds = [];
    const elements = [];
    let depth = 0;
    let pos = buf.readUInt16LE(2);
    const end = Math.min(buf.length, buf.readUInt32LE(4));
    while (pos + 8 <= end) {
        const type = buf.readUInt16LE(pos);
        const headerSize = buf.readUInt16LE(pos + 2);
        const size = buf.readUInt32LE(pos + 4);
        need(size >= 8 && pos + size <= end && headerSize <= size, 'chunk runs past the end of the file');
        const chunk = buf.subarray(pos, pos + size);
        if (type === RES_STRING_POOL)
            strings = readStringPool(chunk, need);
        else if (type === RES_XML_RESOURCE_MAP) {
            resourceIds = [];
            for (let o = headerSize; o + 4 <= size; o += 4)
                resourceIds.push(chunk.readUInt32LE(o));
        }
        else if (type === RES_XML_START_ELEMENT) {
            need(size >= 36, 'start element chunk too short');
            const ext = headerSize; // ext: ns, name, attributeStart, attributeSize, attributeCount, ...
            const name = strings[chunk.readUInt32LE(ext + 4)] ?? '';
            const attrStart = chunk.readUInt16LE(ext + 8);
            const attrSize = chunk.readUInt16LE(ext + 10);
            const attrCount = chunk.readUInt16LE(ext + 12);
            need(attrSize >= 20 && ext + attrStart + attrCount * attrSize <= size, 'attributes run past their chunk');
            const attributes = [];
            for (let i = 0; i < attrCount; i++) {
                const a = ext + attrStart + i * attrSize;
                const nameIdx = chunk.readUInt32LE(a + 4);
                const raw = chunk.readUInt32LE(a + 8);
                const vType = chunk.readUInt8(a + 15);
                const data = chunk.readUInt32LE(a + 16);
                attributes.push({
                    name: strings[nameIdx] ?? '',
                    resourceId: nameIdx < resourceIds.length ? resourceIds[nameIdx] : undefined,
                    value: attributeValue(strings, raw, vType, data),
                    type: vType,
                    data,
                });
            }
            elements.push({ name, depth, attributes });
            depth++;
        }
        else if (type === RES_XML_END_ELEMENT)
            depth = Math.max(0, depth - 1);
        pos += size;
    }
    return elements;
}
function attributeValue(strings, raw, type, data) {
    if (type === exports.TYPE_STRING)
        return strings[data] ?? (raw !== NO_INDEX ? strings[raw] : undefined);
    if (type === TYPE_INT_DEC || type === TYPE_INT_HEX)
        return String(data | 0);
    if (type === TYPE_INT_BOOLEAN)
        return data !== 0 ? 'true' : 'false';
    if (raw !== NO_INDEX && type !== exports.TYPE_REFERENCE)
        return strings[raw];
    return undefined;
}
function readStringPool(chunk, need) {
    need(chunk.length >= 28, 'string pool header too short');
    const headerSize = chunk.readUInt16LE(2);
    const count = chunk.readUInt32LE(8);
    const utf8 = (chunk.readUInt32LE(16) & UTF8_FLAG) !== 0;
    const stringsStart = chunk.readUInt32LE(20);
    need(headerSize + count * 4 <= chunk.length && stringsStart <= chunk.length, 'string pool offsets run past the chunk');
    const out = [];
    for (let i = 0; i < count; i++) {
        let p = stringsStart + chunk.readUInt32LE(headerSize + i * 4);
        need(p < chunk.length, 'string offset past the pool');
        if (utf8) {
            // UTF-16 length (skipped), then UTF-8 byte length; each 1 or 2 bytes (high bit = 2-byte form).
            p += chunk[p] & 0x80 ? 2 : 1;
            let len = chunk[p];
            if (len & 0x80) {
                len = ((len & 0x7f) << 8) | chunk[p + 1];
                p += 2;
            }
            else
                p += 1;
            need(p + len <= chunk.length, 'string runs past the pool');
            out.push(chunk.toString('utf8', p, p + len));
        }
        else {
            let len = chunk.readUInt16LE(p);
            if (len & 0x8000) {
                len = ((len & 0x7fff) << 16) | chunk.readUInt16LE(p + 2);
                p += 4;
            }
            else
                p += 2;
            need(p + len * 2 <= chunk.length, 'string runs past the pool');
            out.push(chunk.toString('utf16le', p, p + len * 2));
        }
    }
    return out;
}
//# sourceMappingURL=binaryXml.js.map

/***/ }),

/***/ 90061:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kindFromExtension = kindFromExtension;
exports.isBundleExtension = isBundleExtension;
exports.sniffFormat = sniffFormat;
exports.assertFormat = assertFormat;
const path = __importStar(__webpack_require__(76760));
const promises_1 = __webpack_require__(51455);
const boundedRead_1 = __webpack_require__(99573);
const fileBytes_1 = __webpack_require__(87940);
const packageErrors_1 = __webpack_require__(51878);
const FORMAT_NAMES = {
    zip: 'a zip archive',
    cfb: 'an OLE compound file (MSI)',
    xar: 'a xar archive (macOS flat package)',
    udif: 'a UDIF disk image (DMG)',
    unknown: 'not a recognised package format',
};
const EXTENSIONS = {
    '.intunewin': 'intunewin',
    '.msi': 'msi',
    '.ipa': 'ipa',
    '.apk': 'apk',
    '.msix': 'msix',
    '.appx': 'msix',
    '.msixbundle': 'msix',
    '.appxbundle': 'msix',
    '.pkg': 'pkg',
    '.dmg': 'dmg',
};
const EXPECTED = {
    intunewin: 'zip',
    ipa: 'zip',
    apk: 'zip',
    msix: 'zip',
    msi: 'cfb',
    pkg: 'xar',
    dmg: 'udif',
};
/** The package kind an extension stands for, or a PACKAGE_INVALID listing the ones we take. */
function kindFromExtension(file) {
    const ext = path.extname(file).toLowerCase();
    const kind = EXTENSIONS[ext];
    if (!kind) {
        throw (0, packageErrors_1.packageInvalid)(file, `unknown package extension "${ext || '(none)'}"`, `Use one of ${Object.keys(EXTENSIONS).join(', ')}.`);
    }
    return kind;
}
function isBundleExtension(file) {
    return /\.(msix|appx)bundle$/i.test(file);
}
/** Sniffs the container from magic bytes: the head for zip/CFB/xar, the 512-byte 'koly' trailer for DMG. */
async function sniffFormat(file) {
    let st;
    try {
        st = await (0, promises_1.stat)(file);
    }
    catch (e) {
        throw (0, packageErrors_1.packageInvalid)(file, `cannot read the package file (${(0, packageErrors_1.errorMessage)(e)})`, 'Check the --package path.', e);
    }
    // Opening a FIFO blocks until a writer comes; a device never ends. Only regular files are packages.
    if (!st.isFile()) {
        throw (0, packageErrors_1.packageInvalid)(file, `is ${(0, boundedRead_1.kindOf)(st)}, not a regular file`, 'Give the path of the package file.');
    }
    const size = st.size;
    const head = await (0, fileBytes_1.readAt)(file, 0, 8);
    if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && [3, 5, 7].includes(head[2]))
        return 'zip';
    if (head.length === 8 && head.equals(Buffer.from('d0cf11e0a1b11ae1', 'hex')))
        return 'cfb';
    if (head.subarray(0, 4).toString('latin1') === 'xar!')
        return 'xar';
    if (size >= 512) {
        const tail = await (0, fileBytes_1.readAt)(file, size - 512, 4);
        if (tail.toString('latin1') === 'koly')
            return 'udif';
    }
    return 'unknown';
}
/**
 * Refuses a file whose bytes don't match what its kind needs. The message names the file, the expected format
 * and the one found, e.g. "app.apk: is an OLE compound file (MSI), not a zip archive as .apk files are".
 */
async function assertFormat(file, kind) {
    const found = await sniffFormat(file);
    const expected = EXPECTED[kind];
    if (found === expected)
        return;
    const ext = path.extname(file).toLowerCase() || `.${kind}`;
    const fix = 'Check that the right file was given and that it was not renamed or damaged in transit.';
    if (found === 'unknown') {
        const what = expected === 'zip' ? 'not a zip file' : `not ${FORMAT_NAMES[expected]}`;
        throw (0, packageErrors_1.packageInvalid)(file, `${what} (a ${ext} file must be ${FORMAT_NAMES[expected]}; its bytes match no known package format)`, fix);
    }
    throw (0, packageErrors_1.packageInvalid)(file, `is ${FORMAT_NAMES[found]}, not ${FORMAT_NAMES[expected]} as ${ext} files are (expected ${expected}, detected ${found})`, fix);
}
//# sourceMappingURL=detectFormat.js.map

/***/ }),

/***/ 23185:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseDetectionXml = parseDetectionXml;
const fast_xml_parser_1 = __webpack_require__(49239);
const packageErrors_1 = __webpack_require__(51878);
const KEY_LENGTHS = [
    ['encryptionKey', 'EncryptionKey', 32],
    ['macKey', 'MacKey', 32],
    ['initializationVector', 'InitializationVector', 16],
    ['mac', 'Mac', 32],
    ['fileDigest', 'FileDigest', 32],
];
function parseDetectionXml(file, bytes) {
    const bad = (what) => (0, packageErrors_1.packageInvalid)(file, `Detection.xml ${what}`, 'Rebuild the package with IntuneWinAppUtil or intune-publish package.');
    let doc;
    try {
        const parser = new fast_xml_parser_1.XMLParser({
            ignoreAttributes: false,
            attributeNamePrefix: '@',
            removeNSPrefix: true,
            parseTagValue: false,
            parseAttributeValue: false,
            trimValues: true,
            processEntities: true,
        });
        doc = parser.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''), true);
    }
    catch (e) {
        throw bad(`is not well-formed XML (${(0, packageErrors_1.errorMessage)(e)})`);
    }
    const root = doc['ApplicationInfo'];
    if (!isNode(root))
        throw bad('has no ApplicationInfo root element');
    const text = (node, name) => {
        const v = node[name];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v === 'string' || typeof v === 'number')
            return String(v);
        if (isNode(v) && typeof v['#text'] === 'string')
            return v['#text'];
        if (isNode(v))
            return '';
        return undefined;
    };
    const required = (node, name) => {
        const v = text(node, name);
        if (v === undefined || v === '')
            throw bad(`is missing <${name}>`);
        return v;
    };
    const sizeText = required(root, 'UnencryptedContentSize');
    if (!/^\d+$/.test(sizeText))
        throw bad(`<UnencryptedContentSize> is not a byte count: "${sizeText}"`);
    const enc = root['EncryptionInfo'];
    if (!isNode(enc))
        throw bad('is missing <EncryptionInfo>');
    const info = {};
    for (const [key, el, len] of KEY_LENGTHS) {
        const v = required(enc, el);
        const raw = /^[A-Za-z0-9+/]+={0,2}$/.test(v) ? Buffer.from(v, 'base64') : Buffer.alloc(0);
        if (raw.length !== len)
            throw bad(`<${el}> must be base64 of ${len} bytes (got ${raw.length || 'invalid base64'})`);
        info[key] = v;
    }
    const profile = required(enc, 'ProfileIdentifier');
    if (profile !== 'ProfileVersion1')
        throw bad(`<ProfileIdentifier> is "${profile}", Intune takes only ProfileVersion1`);
    const alg = required(enc, 'FileDigestAlgorithm');
    if (alg !== 'SHA256')
        throw bad(`<FileDigestAlgorithm> is "${alg}", Intune takes only SHA256`);
    const msi = root['MsiInfo'];
    return {
        toolVersion: typeof root['@ToolVersion'] === 'string' ? root['@ToolVersion'] : undefined,
        name: text(root, 'Name') ?? '',
        unencryptedContentSize: Number(sizeText),
        fileName: required(root, 'FileName'),
        setupFile: required(root, 'SetupFile'),
        encryptionInfo: {
            encryptionKey: info.encryptionKey,
            macKey: info.macKey,
            initializationVector: info.initializationVector,
            mac: info.mac,
            profileIdentifier: 'ProfileVersion1',
            fileDigest: info.fileDigest,
            fileDigestAlgorithm: 'SHA256',
        },
        msiInfo: isNode(msi) ? parseMsiInfo(msi, text, bad) : undefined,
    };
}
function parseMsiInfo(msi, text, bad) {
    const bool = (name) => (text(msi, name) ?? '').trim().toLowerCase() === 'true';
    const productCode = text(msi, 'MsiProductCode');
    if (!productCode)
        throw bad('has <MsiInfo> without <MsiProductCode>');
    const ctx = text(msi, 'MsiExecutionContext') ?? 'Any';
    if (ctx !== 'System' && ctx !== 'User' && ctx !== 'Any') {
        throw bad(`<MsiExecutionContext> is "${ctx}", expected System, User or Any`);
    }
    const opt = (name) => text(msi, name) || undefined;
    return {
        productCode,
        productVersion: text(msi, 'MsiProductVersion') ?? '',
        upgradeCode: opt('MsiUpgradeCode'),
        packageCode: opt('MsiPackageCode'),
        manufacturer: opt('MsiPublisher'),
        executionContext: ctx,
        requiresReboot: bool('MsiRequiresReboot'),
        requiresLogon: bool('MsiRequiresLogon'),
        isMachineInstall: bool('MsiIsMachineInstall'),
        isUserInstall: bool('MsiIsUserInstall'),
        includesServices: bool('MsiIncludesServices'),
        includesOdbcDataSource: bool('MsiIncludesODBCDataSource'),
        containsSystemRegistryKeys: bool('MsiContainsSystemRegistryKeys'),
        containsSystemFolders: bool('MsiContainsSystemFolders'),
    };
}
function isNode(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
//# sourceMappingURL=detectionXml.js.map

/***/ }),

/***/ 87940:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readAt = readAt;
const promises_1 = __webpack_require__(51455);
/** Reads `length` bytes at `position` (fewer at end of file) without loading the rest of the file. */
async function readAt(file, position, length) {
    const fh = await (0, promises_1.open)(file, 'r');
    try {
        const buf = Buffer.alloc(length);
        const { bytesRead } = await fh.read(buf, 0, length, position);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await fh.close();
    }
}
//# sourceMappingURL=fileBytes.js.map

/***/ }),

/***/ 49483:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fileDigest = fileDigest;
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const promises_1 = __webpack_require__(51455);
const packageErrors_1 = __webpack_require__(51878);
/** Size and SHA-256 (hex) of a file, streamed: memory stays flat whatever the size. */
async function fileDigest(file) {
    let size;
    try {
        const st = await (0, promises_1.stat)(file);
        if (!st.isFile())
            throw new Error('not a regular file');
        size = st.size;
    }
    catch (e) {
        throw (0, packageErrors_1.packageInvalid)(file, `cannot read the package file (${(0, packageErrors_1.errorMessage)(e)})`, 'Check the --package path.', e);
    }
    const hash = (0, node_crypto_1.createHash)('sha256');
    for await (const chunk of (0, node_fs_1.createReadStream)(file, { highWaterMark: 1 << 20 }))
        hash.update(chunk);
    return { size, sha256: hash.digest('hex') };
}
//# sourceMappingURL=fileDigest.js.map

/***/ }),

/***/ 27601:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseDetectionXml = exports.win32MsiProps = exports.publisherHash = exports.sniffFormat = exports.kindFromExtension = exports.readDmg = exports.readPkg = exports.readMsix = exports.androidManifestProperties = exports.readApk = exports.readIpa = exports.MSI_MAX_BYTES = exports.mobileMsiManifest = exports.readMsiDetails = exports.readMsiInfo = exports.readMsi = exports.readIntunewin = exports.readPackage = void 0;
/** Package readers: what Intune needs, read from the package file itself. No side effects on import. */
__exportStar(__webpack_require__(73760), exports);
var readPackage_1 = __webpack_require__(19885);
Object.defineProperty(exports, "readPackage", ({ enumerable: true, get: function () { return readPackage_1.readPackage; } }));
var readIntunewin_1 = __webpack_require__(35128);
Object.defineProperty(exports, "readIntunewin", ({ enumerable: true, get: function () { return readIntunewin_1.readIntunewin; } }));
var readMsi_1 = __webpack_require__(13882);
Object.defineProperty(exports, "readMsi", ({ enumerable: true, get: function () { return readMsi_1.readMsi; } }));
Object.defineProperty(exports, "readMsiInfo", ({ enumerable: true, get: function () { return readMsi_1.readMsiInfo; } }));
Object.defineProperty(exports, "readMsiDetails", ({ enumerable: true, get: function () { return readMsi_1.readMsiDetails; } }));
Object.defineProperty(exports, "mobileMsiManifest", ({ enumerable: true, get: function () { return readMsi_1.mobileMsiManifest; } }));
Object.defineProperty(exports, "MSI_MAX_BYTES", ({ enumerable: true, get: function () { return readMsi_1.MSI_MAX_BYTES; } }));
var readIpa_1 = __webpack_require__(20897);
Object.defineProperty(exports, "readIpa", ({ enumerable: true, get: function () { return readIpa_1.readIpa; } }));
var readApk_1 = __webpack_require__(90767);
Object.defineProperty(exports, "readApk", ({ enumerable: true, get: function () { return readApk_1.readApk; } }));
Object.defineProperty(exports, "androidManifestProperties", ({ enumerable: true, get: function () { return readApk_1.androidManifestProperties; } }));
var readMsix_1 = __webpack_require__(17848);
Object.defineProperty(exports, "readMsix", ({ enumerable: true, get: function () { return readMsix_1.readMsix; } }));
var readPkg_1 = __webpack_require__(4455);
Object.defineProperty(exports, "readPkg", ({ enumerable: true, get: function () { return readPkg_1.readPkg; } }));
var readDmg_1 = __webpack_require__(43937);
Object.defineProperty(exports, "readDmg", ({ enumerable: true, get: function () { return readDmg_1.readDmg; } }));
var detectFormat_1 = __webpack_require__(90061);
Object.defineProperty(exports, "kindFromExtension", ({ enumerable: true, get: function () { return detectFormat_1.kindFromExtension; } }));
Object.defineProperty(exports, "sniffFormat", ({ enumerable: true, get: function () { return detectFormat_1.sniffFormat; } }));
var publisherHash_1 = __webpack_require__(68683);
Object.defineProperty(exports, "publisherHash", ({ enumerable: true, get: function () { return publisherHash_1.publisherHash; } }));
var win32MsiDefaults_1 = __webpack_require__(72253);
Object.defineProperty(exports, "win32MsiProps", ({ enumerable: true, get: function () { return win32MsiDefaults_1.win32MsiProps; } }));
var detectionXml_1 = __webpack_require__(23185);
Object.defineProperty(exports, "parseDetectionXml", ({ enumerable: true, get: function () { return detectionXml_1.parseDetectionXml; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 54127:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.payloadVerifier = payloadVerifier;
/**
 * Checks a .intunewin's encrypted payload against its own Detection.xml while the bytes stream past (the
 * upload reads them anyway): the HMAC leading the blob and the Mac, the HMAC over IV ‖ ciphertext, the
 * decrypted length and SHA-256 (FileDigest). Intune checks the same at commit and answers a bare
 * commitFileFailed; this names the file and what is wrong before anything is committed.
 * The caller feeds the bytes in order (fileRangeSource orders its parallel reads); nothing is copied.
 */
const node_crypto_1 = __webpack_require__(77598);
const payloadEncryptor_1 = __webpack_require__(36519);
const packageErrors_1 = __webpack_require__(51878);
function payloadVerifier(file, info, unencryptedSize) {
    const b64 = (v) => Buffer.from(v, 'base64');
    const macKey = b64(info.macKey);
    const hmac = (0, node_crypto_1.createHmac)('sha256', macKey);
    const digest = (0, node_crypto_1.createHash)('sha256');
    const header = Buffer.alloc(payloadEncryptor_1.HEADER_LENGTH);
    let headerFill = 0;
    let decipher;
    let plain = 0;
    let broken;
    const consume = (data) => {
        let rest = data;
        if (headerFill < payloadEncryptor_1.HEADER_LENGTH) {
            const take = Math.min(payloadEncryptor_1.HEADER_LENGTH - headerFill, rest.length);
            rest.copy(header, headerFill, 0, take);
            headerFill += take;
            rest = rest.subarray(take);
            if (headerFill < payloadEncryptor_1.HEADER_LENGTH)
                return;
            const iv = header.subarray(payloadEncryptor_1.MAC_LENGTH);
            hmac.update(iv);
            try {
                decipher = (0, node_crypto_1.createDecipheriv)('aes-256-cbc', b64(info.encryptionKey), iv);
            }
            catch {
                broken = 'its EncryptionKey is not an AES-256 key';
                return;
            }
        }
        if (!rest.length || !decipher)
            return;
        hmac.update(rest);
        const out = decipher.update(rest);
        plain += out.length;
        digest.update(out);
    };
    return {
        feed(data) {
            if (!broken)
                consume(data);
        },
        finish() {
            if (!broken && decipher) {
                try {
                    const out = decipher.final();
                    plain += out.length;
                    digest.update(out);
                }
                catch {
                    broken = 'its payload does not decrypt with its EncryptionKey (bad padding)';
                }
            }
            if (!broken && headerFill < payloadEncryptor_1.HEADER_LENGTH)
                broken = `its payload is shorter than ${payloadEncryptor_1.HEADER_LENGTH} bytes`;
            const mac = hmac.digest();
            if (!broken && !(0, node_crypto_1.timingSafeEqual)(mac, header.subarray(0, payloadEncryptor_1.MAC_LENGTH)))
                broken = 'its payload was altered: the HMAC over IV and ciphertext does not match the one it carries';
            if (!broken && !b64(info.mac).equals(header.subarray(0, payloadEncryptor_1.MAC_LENGTH)))
                broken = "its payload's HMAC differs from Detection.xml's Mac";
            if (!broken &&
                !b64(info.initializationVector).equals(header.subarray(payloadEncryptor_1.MAC_LENGTH, payloadEncryptor_1.MAC_LENGTH + payloadEncryptor_1.IV_LENGTH)))
                broken = "its payload's IV differs from Detection.xml's InitializationVector";
            if (!broken && plain !== unencryptedSize)
                broken = `its payload decrypts to ${plain} bytes, not the UnencryptedContentSize ${unencryptedSize}`;
            if (!broken && !digest.digest().equals(b64(info.fileDigest)))
                broken = "its payload's SHA-256 does not match Detection.xml's FileDigest";
            if (broken) {
                throw (0, packageErrors_1.packageInvalid)(file, `${broken}; nothing was committed`, 'The .intunewin was altered or damaged after it was made: package it again (IntuneWinAppUtil or --source).');
            }
        },
    };
}
//# sourceMappingURL=payloadVerifier.js.map

/***/ }),

/***/ 59367:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.iosManifestPlist = iosManifestPlist;
const xmlText_1 = __webpack_require__(66471);
/**
 * The iOS content-file manifest (protocol §5.3): the same plist template Microsoft's samples send, with the
 * literal `{UrlPlaceHolder}` the service replaces. Returned as text; the caller base64s the ASCII bytes.
 */
function iosManifestPlist(bundleId, bundleVersion, title) {
    const s = (v) => `<string>${(0, xmlText_1.xmlText)(v)}</string>`;
    return ('<?xml version="1.0" encoding="UTF-8"?>' +
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">' +
        '<plist version="1.0"><dict><key>items</key><array><dict>' +
        `<key>assets</key><array><dict><key>kind</key>${s('software-package')}<key>url</key>${s('{UrlPlaceHolder}')}</dict></array>` +
        '<key>metadata</key><dict>' +
        `<key>AppRestrictionPolicyTemplate</key>${s('http://management.microsoft.com/PolicyTemplates/AppRestrictions/iOS/v1')}` +
        `<key>AppRestrictionTechnology</key>${s('Windows Intune Application Restrictions Technology for iOS')}` +
        `<key>IntuneMAMVersion</key>${s('')}` +
        `<key>CFBundleSupportedPlatforms</key><array>${s('iPhoneOS')}</array>` +
        `<key>MinimumOSVersion</key>${s('9.0')}` +
        `<key>bundle-identifier</key>${s(bundleId)}` +
        `<key>bundle-version</key>${s(bundleVersion)}` +
        `<key>kind</key>${s('software')}` +
        `<key>subtitle</key>${s('LaunchMeSubtitle')}` +
        `<key>title</key>${s(title)}` +
        '</dict></dict></array></dict></plist>');
}
//# sourceMappingURL=iosManifest.js.map

/***/ }),

/***/ 21474:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseMobileProvision = parseMobileProvision;
const plistRead_1 = __webpack_require__(75271);
/**
 * embedded.mobileprovision is a CMS (PKCS#7) signed blob whose content is an XML plist. We don't need to
 * verify the signature (the device does); we cut the plist out by its markers and read it.
 */
function parseMobileProvision(bytes) {
    const start = bytes.indexOf('<?xml');
    const endTag = Buffer.from('</plist>');
    const end = bytes.indexOf(endTag, start);
    if (start < 0 || end < 0)
        throw new Error('no property list inside the provisioning profile');
    return (0, plistRead_1.parsePlist)(bytes.subarray(start, end + endTag.length));
}
//# sourceMappingURL=mobileProvision.js.map

/***/ }),

/***/ 75271:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parsePlist = parsePlist;
exports.plistString = plistString;
const bplist = __importStar(__webpack_require__(12417));
const plist = __importStar(__webpack_require__(31313));
/** Parses a binary (bplist00) or XML property list whose root is a dictionary. */
function parsePlist(bytes) {
    const value = bytes.subarray(0, 6).toString('latin1') === 'bplist'
        ? bplist.parseBuffer(bytes)[0]
        : plist.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) {
        throw new Error('the property list root is not a dictionary');
    }
    return value;
}
function plistString(d, key) {
    const v = d[key];
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
//# sourceMappingURL=plistRead.js.map

/***/ }),

/***/ 90584:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.XarError = void 0;
exports.readXarToc = readXarToc;
exports.readXarFile = readXarFile;
const node_zlib_1 = __webpack_require__(38522);
const fast_xml_parser_1 = __webpack_require__(49239);
const fileBytes_1 = __webpack_require__(87940);
const TOC_MAX = 64 << 20;
const FILE_MAX = 16 << 20;
class XarError extends Error {
}
exports.XarError = XarError;
async function readXarToc(file, fileSize) {
    const header = await (0, fileBytes_1.readAt)(file, 0, 28);
    if (header.length < 28 || header.toString('latin1', 0, 4) !== 'xar!')
        throw new XarError('no xar header');
    const headerSize = header.readUInt16BE(4);
    const tocCompressed = Number(header.readBigUInt64BE(8));
    const tocSize = Number(header.readBigUInt64BE(16));
    const alg = header.readUInt32BE(24);
    if (tocCompressed > TOC_MAX || tocSize > TOC_MAX)
        throw new XarError(`table of contents claims ${tocSize} bytes`);
    if (headerSize + tocCompressed > fileSize)
        throw new XarError('table of contents runs past the end of the file');
    const compressed = await (0, fileBytes_1.readAt)(file, headerSize, tocCompressed);
    let xml;
    try {
        xml = (0, node_zlib_1.inflateSync)(compressed, { maxOutputLength: TOC_MAX }).toString('utf8');
    }
    catch (e) {
        throw new XarError(`table of contents does not inflate (${e.message})`);
    }
    const doc = new fast_xml_parser_1.XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '@',
        parseTagValue: false,
    }).parse(xml);
    const toc = child(child(doc, 'xar'), 'toc');
    const files = [];
    walk(many(toc, 'file'), '', files);
    return {
        files,
        heapStart: headerSize + tocCompressed,
        checksum: ['none', 'sha1', 'md5', 'sha256', 'sha512'][alg] ?? String(alg),
    };
}
async function readXarFile(file, heapStart, fileSize, f) {
    if (f.length > FILE_MAX || f.size > FILE_MAX)
        throw new XarError(`${f.path} claims ${Math.max(f.size, f.length)} bytes`);
    if (heapStart + f.offset + f.length > fileSize)
        throw new XarError(`${f.path} runs past the end of the file`);
    const raw = await (0, fileBytes_1.readAt)(file, heapStart + f.offset, f.length);
    if (/x-gzip|zlib/i.test(f.encoding)) {
        // xar's "application/x-gzip" is zlib-wrapped deflate in practice; accept true gzip too.
        try {
            return (0, node_zlib_1.inflateSync)(raw, { maxOutputLength: FILE_MAX });
        }
        catch {
            return (0, node_zlib_1.gunzipSync)(raw, { maxOutputLength: FILE_MAX });
        }
    }
    if (/octet-stream/i.test(f.encoding) || f.encoding === '')
        return raw;
    throw new XarError(`${f.path} uses an encoding we don't read (${f.encoding})`);
}
function child(n, key) {
    return many(n, key)[0];
}
function many(n, key) {
    if (typeof n !== 'object' || n === null)
        return [];
    const v = n[key];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x) => typeof x === 'object' && x !== null);
}
function text(n, key) {
    const v = n?.[key];
    if (typeof v === 'string' || typeof v === 'number')
        return String(v);
    if (typeof v === 'object' && v !== null && '#text' in v)
        return String(v['#text']);
    return '';
}
function walk(nodes, prefix, out) {
    for (const n of nodes) {
        const name = text(n, 'name');
        const p = prefix ? `${prefix}/${name}` : name;
        const data = child(n, 'data');
        if (data) {
            const enc = child(data, 'encoding');
            out.push({
                path: p,
                offset: Number(text(data, 'offset')),
                length: Number(text(data, 'length')),
                size: Number(text(data, 'size')),
                encoding: typeof enc?.['@style'] === 'string' ? enc['@style'] : '',
            });
        }
        walk(many(n, 'file'), p, out);
    }
}
//# sourceMappingURL=xarArchive.js.map

/***/ }),

/***/ 88591:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.iosMinimumOs = iosMinimumOs;
exports.androidMinimumOs = androidMinimumOs;
exports.windowsMinimumOs = windowsMinimumOs;
const minimumOs_1 = __webpack_require__(33237);
/** Android API level -> its release (API 20 is 4.4W, 32 is 12L). */
const ANDROID_API = {
    14: '4.0',
    15: '4.0.3',
    16: '4.1',
    17: '4.2',
    18: '4.3',
    19: '4.4',
    20: '4.4',
    21: '5.0',
    22: '5.1',
    23: '6.0',
    24: '7.0',
    25: '7.1',
    26: '8.0',
    27: '8.1',
    28: '9.0',
    29: '10.0',
    30: '11.0',
    31: '12.0',
    32: '12.0',
    33: '13.0',
    34: '14.0',
    35: '15.0',
    36: '16.0',
};
// The members come from Microsoft's metadata for the chosen Graph version (templates/minimumOs), so a new
// iOS or Android release needs no change here; only the API-level table below is ours.
/** iOS: by major version (Graph has only vN_0 members). */
function iosMinimumOs(minimumOsVersion, graph) {
    const major = Number.parseInt(minimumOsVersion ?? '', 10);
    return member('iosLobApp', Number.isFinite(major) ? `${major}.0` : '0', graph);
}
function androidMinimumOs(minSdk, graph) {
    const release = minSdk === undefined || minSdk < 14 ? '0' : ANDROID_API[Math.min(minSdk, 36)];
    return member('androidLobApp', release, graph);
}
function member(appType, friendly, graph) {
    const m = (0, minimumOs_1.minimumOsMember)(appType, friendly, graph);
    if (!m)
        throw new Error(`no minimum-OS members for ${appType} in Graph ${graph}`);
    return { [m]: true };
}
/** MSIX/AppX TargetDeviceFamily MinVersion (10.0.<build>.0) -> windowsMinimumOperatingSystem. */
const WINDOWS_BUILDS = [
    [14393, 'v10_1607'],
    [15063, 'v10_1703'],
    [16299, 'v10_1709'],
    [17134, 'v10_1803'],
    [17763, 'v10_1809'],
    [18362, 'v10_1903'],
    [18363, 'v10_1909'],
    [19041, 'v10_2004'],
    [19042, 'v10_2H20'],
    [19043, 'v10_21H1'],
];
function windowsMinimumOs(minVersion, graph) {
    const [major = 10, minor = 0, build = 0] = (minVersion ?? '10.0').split('.').map(Number);
    if (major === 6 && minor === 2)
        return { v8_0: true };
    if (major === 6 && minor === 3)
        return { v8_1: true };
    if (graph === 'beta') {
        let member = 'v10_0';
        for (const [b, m] of WINDOWS_BUILDS)
            if (build >= b)
                member = m;
        return { [member]: true };
    }
    return { v10_0: true };
}
//# sourceMappingURL=minimumOs.js.map

/***/ }),

/***/ 58412:
/***/ ((__unused_webpack_module, exports) => {


/**
 * How many bytes an OLE compound file (MS-CFB) must have at least: its header plus every sector a FAT
 * chain points to. cfb reads whatever bytes are there, so an MSI cut by a sector or two still parses, with the tail of
 * some stream missing; comparing this with the file's size catches that before any metadata is trusted.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cfbRequiredSize = cfbRequiredSize;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const DIFSECT = 0xfffffffc;
const MAXREGSECT = 0xfffffffa;
/** The header's DIFAT array holds the first 109 FAT sector numbers (MS-CFB 2.2). */
const HEADER_DIFAT = 109;
/** The byte length the FAT says the file spans, or undefined when the header itself is unusable. */
function cfbRequiredSize(buf) {
    if (buf.length < 512)
        return undefined;
    const shift = buf.readUInt16LE(0x1e);
    if (shift !== 9 && shift !== 12)
        return undefined;
    const sector = 1 << shift;
    const at = (n) => (n + 1) * sector;
    const fatCount = buf.readUInt32LE(0x2c);
    const fatSectors = [];
    for (let i = 0; i < HEADER_DIFAT && fatSectors.length < fatCount; i++) {
        const n = buf.readUInt32LE(0x4c + 4 * i);
        if (n === FREESECT || n === ENDOFCHAIN)
            break;
        fatSectors.push(n);
    }
    // Further FAT sector numbers sit in a chain of DIFAT sectors; the seen-set stops a loop.
    let difat = buf.readUInt32LE(0x44);
    const seen = new Set();
    let maxSector = -1;
    while (fatSectors.length < fatCount && difat < ENDOFCHAIN - 1 && !seen.has(difat)) {
        seen.add(difat);
        maxSector = Math.max(maxSector, difat);
        if (at(difat) + sector > buf.length)
            return at(difat) + sector;
        const per = sector / 4 - 1;
        for (let i = 0; i < per && fatSectors.length < fatCount; i++) {
            fatSectors.push(buf.readUInt32LE(at(difat) + 4 * i));
        }
        difat = buf.readUInt32LE(at(difat) + 4 * per);
    }
    for (const [index, fat] of fatSectors.entries()) {
        maxSector = Math.max(maxSector, fat);
        if (at(fat) + sector > buf.length)
            return at(fat) + sector;
        for (let i = 0; i < sector / 4; i++) {
            const next = buf.readUInt32LE(at(fat) + 4 * i);
            // A pointer to the next sector of a chain, or a FAT/DIFAT sector, is a sector that must exist.
            // ENDOFCHAIN alone is not: some writers (SheetJS cfb) pad unused FAT entries with it, not FREESECT.
            if (next <= MAXREGSECT)
                maxSector = Math.max(maxSector, next, index * (sector / 4) + i);
            else if (next === FATSECT || next === DIFSECT)
                maxSector = Math.max(maxSector, index * (sector / 4) + i);
        }
    }
    return at(maxSector) + sector;
}
//# sourceMappingURL=cfbExtent.js.map

/***/ }),

/***/ 21363:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MsiDatabase = void 0;
exports.decodeStreamName = decodeStreamName;
exports.textDecoder = textDecoder;
const node_util_1 = __webpack_require__(57975);
/**
 * The MSI database layer over an OLE compound file (intunewin-format.md §6.2): compressed stream names, the
 * string pool, and column-major tables described by _Columns. Read-only, only what the readers need.
 */
class MsiDatabase {
    streams = new Map();
    strings;
    refSize;
    codepage;
    columns = new Map();
    constructor(cfb) {
        cfb.FileIndex.forEach((entry, i) => {
            // Only streams directly under the root: that is where tables and the summary live.
            if (entry.type !== 2 || cfb.FullPaths[i].split('/').filter(Boolean).length !== 2)
                return;
            const content = entry.content ? Buffer.from(entry.content) : Buffer.alloc(0);
            this.streams.set(decodeStreamName(entry.name), content);
        });
        const pool = this.stream('!_StringPool');
        const data = this.stream('!_StringData');
        if (!pool || !data || pool.length < 4)
            throw new Error('no string pool: not an MSI database');
        const high = pool.readUInt16LE(2);
        this.codepage = pool.readUInt16LE(0) | ((high & 0x7fff) << 16);
        this.refSize = high & 0x8000 ? 3 : 2;
        this.strings = readStringPool(pool, data, this.codepage);
        this.loadColumns();
    }
    /** A stream by decoded name (`!Property`, `\u0005SummaryInformation`...). */
    stream(name) {
        return this.streams.get(name);
    }
    hasTable(name) {
        return this.columns.has(name);
    }
    /** All rows of a table as column-name -> value (string, number, or null). */
    rows(table) {
        const cols = this.columns.get(table);
        const data = this.stream(`!${table}`);
        if (!cols || !data)
            return [];
        const rowWidth = cols.reduce((n, c) => n + c.width, 0);
        const count = Math.floor(data.length / rowWidth);
        const out = [];
        for (let r = 0; r < count; r++)
            out.push({});
        let base = 0;
        for (const col of cols) {
            for (let r = 0; r < count; r++) {
                const raw = readUInt(data, base + r * col.width, col.width);
                out[r][col.name] = col.isString
                    ? raw === 0
                        ? null
                        : (this.strings[raw] ?? null)
                    : decodeInt(raw, col.width);
            }
            base += count * col.width;
        }
        return out;
    }
    loadColumns() {
        const data = this.stream('!_Columns');
        if (!data)
            throw new Error('no _Columns table: not an MSI database');
        const s = this.refSize;
        const rowWidth = s + 2 + s + 2;
        const count = Math.floor(data.length / rowWidth);
        const at = (colStart, width, r) => readUInt(data, colStart + r * width, width);
        const byTable = new Map();
        for (let r = 0; r < count; r++) {
            const table = this.strings[at(0, s, r)] ?? '';
            const number = at(count * s, 2, r) - 0x8000;
            const name = this.strings[at(count * (s + 2), s, r)] ?? '';
            const type = at(count * (2 * s + 2), 2, r) - 0x8000;
            if (type & 0x4000)
                continue; // temporary columns are not stored
            const isBinary = (type & ~0x1000) === 0x0900;
            const isString = (type & 0x0800) !== 0 && !isBinary;
            const width = isBinary ? 2 : isString ? s : (type & 0xff) <= 2 ? 2 : 4;
            const list = byTable.get(table) ?? [];
            list.push({ name, number, width, isString });
            byTable.set(table, list);
        }
        for (const [table, list] of byTable)
            this.columns.set(table, list.sort((a, b) => a.number - b.number));
    }
}
exports.MsiDatabase = MsiDatabase;
function readUInt(buf, offset, width) {
    if (offset + width > buf.length)
        return 0;
    if (width === 2)
        return buf.readUInt16LE(offset);
    if (width === 3)
        return buf.readUInt16LE(offset) | (buf[offset + 2] << 16);
    return buf.readUInt32LE(offset);
}
/** Integers are stored with the sign bit flipped; 0 means NULL. */
function decodeInt(raw, width) {
    if (raw === 0)
        return null;
    return width === 2 ? raw - 0x8000 : (raw ^ 0x80000000) | 0;
}
const NAME_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._';
/** MSI packs two name characters per UTF-16 unit in 0x3800-0x47FF, one in 0x4800-0x483F; 0x4840 marks tables. */
function decodeStreamName(name) {
    let out = '';
    for (const ch of name) {
        const c = ch.charCodeAt(0);
        if (c === 0x4840)
            out += '!';
        else if (c >= 0x3800 && c < 0x4800) {
            const v = c - 0x3800;
            out += NAME_ALPHABET[v & 0x3f] + NAME_ALPHABET[(v >> 6) & 0x3f];
        }
        else if (c >= 0x4800 && c < 0x4840)
            out += NAME_ALPHABET[c - 0x4800];
        else
            out += ch;
    }
    return out;
}
function readStringPool(pool, data, codepage) {
    const decoder = textDecoder(codepage);
    const strings = [''];
    const count = Math.floor(pool.length / 4);
    let offset = 0;
    let i = 1;
    // Same walk as Windows Installer/Wine: (len, refs) pairs; (0,0) is an empty id; (0,n) starts a long string
    // whose length is the next pair read as (low, high).
    while (i < count) {
        const len16 = pool.readUInt16LE(i * 4);
        const refs = pool.readUInt16LE(i * 4 + 2);
        let len;
        if (len16 === 0 && refs === 0) {
            strings.push('');
            i++;
            continue;
        }
        if (len16 === 0) {
            if ((i + 1) * 4 + 4 > pool.length)
                break;
            len = pool.readUInt16LE((i + 1) * 4) + pool.readUInt16LE((i + 1) * 4 + 2) * 0x10000;
            i += 2;
        }
        else {
            len = len16;
            i += 1;
        }
        if (offset + len > data.length)
            throw new Error('string pool points past the string data');
        strings.push(decoder.decode(data.subarray(offset, offset + len)));
        offset += len;
    }
    return strings;
}
const CODEPAGES = {
    65001: 'utf-8',
    1250: 'windows-1250',
    1251: 'windows-1251',
    1252: 'windows-1252',
    1253: 'windows-1253',
    1254: 'windows-1254',
    1255: 'windows-1255',
    1256: 'windows-1256',
    1257: 'windows-1257',
    1258: 'windows-1258',
    932: 'shift_jis',
    936: 'gbk',
    949: 'euc-kr',
    950: 'big5',
};
/** Codepage 0 is "neutral": in practice ASCII, read as 1252. Unknown codepages fall back to 1252 too. */
function textDecoder(codepage) {
    try {
        return new node_util_1.TextDecoder(CODEPAGES[codepage] ?? 'windows-1252');
    }
    catch {
        return new node_util_1.TextDecoder('latin1');
    }
}
//# sourceMappingURL=msiDatabase.js.map

/***/ }),

/***/ 34523:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AllUsersError = void 0;
exports.msiInfoFrom = msiInfoFrom;
const SYSTEM_FOLDERS = new Set([
    'AdminToolsFolder',
    'CommonAppDataFolder',
    'FontsFolder',
    'System16Folder',
    'System64Folder',
    'SystemFolder',
    'TempFolder',
    'WindowsFolder',
    'WindowsVolume',
]);
/** Thrown for an ALLUSERS value Windows Installer's rules don't define; the caller names the file. */
class AllUsersError extends Error {
}
exports.AllUsersError = AllUsersError;
/**
 * MsiInfo exactly as IntuneWinAppUtil fills it (intunewin-format.md §6.1). Returns the Property table too,
 * for facts. ProductCode is kept verbatim (it may be lower-case); compare product codes case-insensitively.
 */
function msiInfoFrom(db, summary) {
    const properties = new Map();
    for (const row of db.rows('Property')) {
        if (typeof row['Property'] === 'string')
            properties.set(row['Property'], String(row['Value'] ?? ''));
    }
    const prop = (name) => properties.get(name) ?? '';
    const allUsers = prop('ALLUSERS');
    const context = allUsers === '' ? 'User' : allUsers === '1' ? 'System' : allUsers === '2' ? 'Any' : undefined;
    if (!context)
        throw new AllUsersError(`ALLUSERS is "${allUsers}"; Windows Installer defines only empty, 1 or 2`);
    const isUserInstall = allUsers !== '1' && (allUsers !== '2' || prop('MSIINSTALLPERUSER') !== '');
    const isMachineInstall = !isUserInstall;
    const machineRoot = (root) => root === 2 || root === 3 || (root === -1 && isMachineInstall);
    const containsSystemRegistryKeys = ['Registry', 'RemoveRegistry'].some(t => db.rows(t).some(r => machineRoot(r['Root'])));
    const containsSystemFolders = db.rows('Directory').some(r => SYSTEM_FOLDERS.has(String(r['Directory'])));
    const info = {
        productCode: prop('ProductCode'),
        productVersion: prop('ProductVersion'),
        upgradeCode: prop('UpgradeCode') || undefined,
        packageCode: prop('PackageCode') || summary.revisionNumber || undefined,
        productName: prop('ProductName') || summary.subject || undefined,
        manufacturer: prop('Manufacturer') || summary.author || undefined,
        executionContext: context,
        requiresReboot: prop('REBOOT').toUpperCase().startsWith('F'),
        requiresLogon: context === 'User',
        isMachineInstall,
        isUserInstall,
        includesServices: db.rows('ServiceInstall').length > 0,
        includesOdbcDataSource: db.rows('ODBCDataSource').length > 0,
        containsSystemRegistryKeys,
        containsSystemFolders,
    };
    return { info, properties, name: info.productName };
}
//# sourceMappingURL=msiInfoRules.js.map

/***/ }),

/***/ 75615:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseSummaryInformation = parseSummaryInformation;
const msiDatabase_1 = __webpack_require__(21363);
const PIDS = {
    2: 'title',
    3: 'subject',
    4: 'author',
    7: 'template',
    9: 'revisionNumber',
    14: 'pageCount',
    18: 'creatingApplication',
};
const VT_I2 = 2;
const VT_I4 = 3;
const VT_LPSTR = 30;
function parseSummaryInformation(buf) {
    const out = {};
    if (!buf || buf.length < 48)
        return out;
    const section = buf.readUInt32LE(44);
    if (section + 8 > buf.length)
        return out;
    const count = buf.readUInt32LE(section + 4);
    const props = [];
    for (let i = 0; i < count && section + 16 + i * 8 <= buf.length; i++) {
        props.push({
            pid: buf.readUInt32LE(section + 8 + i * 8),
            at: section + buf.readUInt32LE(section + 12 + i * 8),
        });
    }
    // PID 1 is the codepage the strings are in.
    let codepage = 1252;
    const cp = props.find(p => p.pid === 1);
    if (cp && cp.at + 6 <= buf.length && buf.readUInt32LE(cp.at) === VT_I2)
        codepage = buf.readUInt16LE(cp.at + 4);
    const decoder = (0, msiDatabase_1.textDecoder)(codepage === 1200 ? 65001 : codepage);
    for (const { pid, at } of props) {
        const key = PIDS[pid];
        if (!key || at + 8 > buf.length)
            continue;
        const vt = buf.readUInt32LE(at);
        if (vt === VT_LPSTR) {
            const len = buf.readUInt32LE(at + 4);
            if (at + 8 + len > buf.length)
                continue;
            const value = decoder.decode(buf.subarray(at + 8, at + 8 + len)).replace(/\0+$/, '');
            if (key !== 'pageCount')
                out[key] = value;
        }
        else if ((vt === VT_I4 || vt === VT_I2) && key === 'pageCount') {
            out.pageCount = vt === VT_I4 ? buf.readInt32LE(at + 4) : buf.readInt16LE(at + 4);
        }
    }
    return out;
}
//# sourceMappingURL=summaryInformation.js.map

/***/ }),

/***/ 68683:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.publisherHash = publisherHash;
const node_crypto_1 = __webpack_require__(77598);
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/**
 * The package-family publisher id: SHA-256 of the UTF-16LE publisher, first 8 bytes as 64 bits plus one zero
 * pad bit, read as 13 groups of 5 bits. `CN=Microsoft Corporation, O=..., C=US` gives 8wekyb3d8bbwe.
 */
function publisherHash(publisher) {
    const digest = (0, node_crypto_1.createHash)('sha256').update(Buffer.from(publisher, 'utf16le')).digest();
    let bits = '';
    for (const byte of digest.subarray(0, 8))
        bits += byte.toString(2).padStart(8, '0');
    bits += '0';
    let out = '';
    for (let i = 0; i < 65; i += 5)
        out += ALPHABET[parseInt(bits.slice(i, i + 5), 2)];
    return out;
}
//# sourceMappingURL=publisherHash.js.map

/***/ }),

/***/ 51878:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.packageInvalid = packageInvalid;
exports.truncatedOrCorrupt = truncatedOrCorrupt;
exports.errorMessage = errorMessage;
const path = __importStar(__webpack_require__(76760));
const errors_1 = __webpack_require__(7324);
/** A PACKAGE_INVALID error whose message starts with the file's name, so a CI log line says which file. */
function packageInvalid(file, message, fix, cause) {
    return new errors_1.IntunePublishError(errors_1.ErrorCodes.PackageInvalid, `${path.basename(file)}: ${message}`, {
        field: 'package',
        fix,
        cause,
    });
}
/** The wording every reader uses for a file that ends early or has broken structures. */
function truncatedOrCorrupt(file, what, detail, cause) {
    return packageInvalid(file, `the ${what} is truncated or corrupt (${detail})`, 'Rebuild or re-download the package; check that the upload of the build artifact completed.', cause);
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}
//# sourceMappingURL=packageErrors.js.map

/***/ }),

/***/ 90767:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readApk = readApk;
exports.androidManifestProperties = androidManifestProperties;
const path = __importStar(__webpack_require__(76760));
const detectFormat_1 = __webpack_require__(90061);
const fileDigest_1 = __webpack_require__(49483);
const zipArchive_1 = __webpack_require__(25970);
const packageErrors_1 = __webpack_require__(51878);
const binaryXml_1 = __webpack_require__(49934);
const minimumOs_1 = __webpack_require__(88591);
const xmlText_1 = __webpack_require__(66471);
const MANIFEST_MAX = 16 << 20;
/** Android framework attribute ids: obfuscated APKs may strip the names, the ids stay. */
const ATTR_IDS = {
    versionCode: 0x0101021b,
    versionName: 0x0101021c,
    minSdkVersion: 0x0101020c,
    targetSdkVersion: 0x01010270,
    label: 0x01010001,
};
function attr(el, name) {
    const a = el?.attributes.find(x => (ATTR_IDS[name] !== undefined && x.resourceId === ATTR_IDS[name]) || x.name === name);
    return a ? { value: a.value, isReference: a.type === binaryXml_1.TYPE_REFERENCE } : undefined;
}
/** Reads an .apk's binary AndroidManifest.xml: package, versionCode, versionName, minSdkVersion, label. */
async function readApk(file, opts = {}) {
    await (0, detectFormat_1.assertFormat)(file, 'apk');
    const elements = await (0, zipArchive_1.withZip)(file, '.apk zip', async (zip) => {
        const entry = zip.find('AndroidManifest.xml');
        if (!entry)
            throw (0, packageErrors_1.packageInvalid)(file, 'has no AndroidManifest.xml at its root: not an Android app', 'Build a signed release .apk (not an .aab).');
        const bytes = await zip.readEntry(entry, MANIFEST_MAX);
        try {
            return (0, binaryXml_1.parseBinaryXml)(bytes);
        }
        catch (e) {
            throw (0, packageErrors_1.packageInvalid)(file, `AndroidManifest.xml is truncated or corrupt (${(0, packageErrors_1.errorMessage)(e)})`, 'Rebuild the .apk.', e);
        }
    });
    const manifest = elements.find(e => e.depth === 0 && e.name === 'manifest');
    if (!manifest)
        throw (0, packageErrors_1.packageInvalid)(file, 'AndroidManifest.xml has no <manifest> root element');
    const packageId = attr(manifest, 'package')?.value;
    if (!packageId)
        throw (0, packageErrors_1.packageInvalid)(file, 'AndroidManifest.xml has no package name', 'Rebuild the .apk.');
    const usesSdk = elements.find(e => e.depth === 1 && e.name === 'uses-sdk');
    const application = elements.find(e => e.depth === 1 && e.name === 'application');
    const warnings = [];
    const literal = (name, el) => {
        const a = attr(el, name);
        if (!a || a.value === undefined || a.isReference) {
            if (name === 'versionCode' || name === 'versionName') {
                warnings.push(`AndroidManifest.xml has no literal ${name}${a?.isReference ? ' (it is a resource reference)' : ''}; set ${name} in the app template.`);
            }
            return undefined;
        }
        return a.value;
    };
    const versionCode = literal('versionCode', manifest);
    const versionName = literal('versionName', manifest);
    const minSdkText = literal('minSdkVersion', usesSdk);
    const minSdk = minSdkText && /^\d+$/.test(minSdkText) ? Number(minSdkText) : undefined;
    const label = literal('label', application);
    const fileName = path.basename(file);
    const facts = { packageId };
    if (versionCode !== undefined)
        facts.versionCode = versionCode;
    if (versionName !== undefined)
        facts.versionName = versionName;
    if (minSdkText !== undefined)
        facts.minSdkVersion = minSdkText;
    const targetSdk = literal('targetSdkVersion', usesSdk);
    if (targetSdk !== undefined)
        facts.targetSdkVersion = targetSdk;
    if (label === undefined)
        facts.labelIsResource = true;
    const graphProps = {
        fileName,
        packageId,
        minimumSupportedOperatingSystem: (0, minimumOs_1.androidMinimumOs)(minSdk, opts.graphVersion ?? 'v1.0'),
    };
    if (versionCode !== undefined)
        graphProps.versionCode = versionCode;
    if (versionName !== undefined)
        graphProps.versionName = versionName;
    const { size, sha256 } = await (0, fileDigest_1.fileDigest)(file);
    return {
        kind: 'apk',
        appType: 'androidLobApp',
        fileName,
        fileSize: size,
        sha256,
        displayName: label,
        version: versionName ?? versionCode,
        identity: { property: 'packageId', value: packageId },
        graphProps,
        manifest: Buffer.from(androidManifestProperties(packageId, versionCode ?? '', versionName ?? '', fileName, minSdkText ?? ''), 'ascii').toString('base64'),
        content: { mode: 'encryptOnUpload', path: file, size },
        facts,
        warnings,
    };
}
/** Protocol §5.3: the AndroidManifestProperties document Microsoft's samples send. */
function androidManifestProperties(packageId, versionCode, versionName, fileName, minSdk) {
    const t = xmlText_1.xmlText;
    return ('<?xml version="1.0" encoding="utf-8"?>' +
        '<AndroidManifestProperties xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<Package>${t(packageId)}</Package><PackageVersionCode>${t(versionCode)}</PackageVersionCode>` +
        `<PackageVersionName>${t(versionName)}</PackageVersionName><ApplicationName>${t(fileName)}</ApplicationName>` +
        `<MinSdkVersion>${t(minSdk)}</MinSdkVersion><AWTVersion></AWTVersion></AndroidManifestProperties>`);
}
//# sourceMappingURL=readApk.js.map

/***/ }),

/***/ 43937:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readDmg = readDmg;
const path = __importStar(__webpack_require__(76760));
const detectFormat_1 = __webpack_require__(90061);
const fileDigest_1 = __webpack_require__(49483);
/**
 * A .dmg is recognised by its UDIF trailer, but the app inside is in a compressed HFS+/APFS image we don't
 * open: primaryBundleId, primaryBundleVersion and includedApps must come from the app template.
 */
async function readDmg(file, _opts = {}) {
    await (0, detectFormat_1.assertFormat)(file, 'dmg');
    const { size, sha256 } = await (0, fileDigest_1.fileDigest)(file);
    return {
        kind: 'dmg',
        appType: 'macOSDmgApp',
        fileName: path.basename(file),
        fileSize: size,
        sha256,
        graphProps: { fileName: path.basename(file), ignoreVersionDetection: false },
        manifest: null,
        content: { mode: 'encryptOnUpload', path: file, size },
        facts: { format: 'UDIF disk image' },
        warnings: [
            'A .dmg carries no readable app metadata: primaryBundleId, primaryBundleVersion and includedApps must be set in the app template (the CFBundleIdentifier and CFBundleShortVersionString of the .app inside).',
        ],
    };
}
//# sourceMappingURL=readDmg.js.map

/***/ }),

/***/ 35128:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readIntunewin = readIntunewin;
const path = __importStar(__webpack_require__(76760));
const detectFormat_1 = __webpack_require__(90061);
const fileDigest_1 = __webpack_require__(49483);
const fileBytes_1 = __webpack_require__(87940);
const detectionXml_1 = __webpack_require__(23185);
const zipArchive_1 = __webpack_require__(25970);
const packageErrors_1 = __webpack_require__(51878);
const win32MsiDefaults_1 = __webpack_require__(72253);
const DETECTION_MAX = 1 << 20;
const REBUILD = 'Rebuild the package with IntuneWinAppUtil or intune-publish package.';
/**
 * Reads a .intunewin: Detection.xml in clear plus where the encrypted payload sits in the outer zip. The
 * payload is never decrypted here (so a payload that itself contains an IntunePackage.intunewin is just
 * bytes); only its length, IV and MAC are checked against Detection.xml.
 */
async function readIntunewin(file, _opts = {}) {
    await (0, detectFormat_1.assertFormat)(file, 'intunewin');
    const { size, sha256 } = await (0, fileDigest_1.fileDigest)(file);
    const { detection, offset, length } = await (0, zipArchive_1.withZip)(file, '.intunewin zip', async (zip) => {
        const xmlEntry = zip.find('IntuneWinPackage/Metadata/Detection.xml') ??
            zip.entries.find(e => /(^|\/)metadata\/detection\.xml$/i.test(e.fileName));
        if (!xmlEntry)
            throw (0, packageErrors_1.packageInvalid)(file, 'has no IntuneWinPackage/Metadata/Detection.xml: not a .intunewin', REBUILD);
        const detection = (0, detectionXml_1.parseDetectionXml)(file, await zip.readEntry(xmlEntry, DETECTION_MAX));
        const payloadName = `IntuneWinPackage/Contents/${detection.fileName}`;
        const payload = zip.find(payloadName);
        if (!payload)
            throw (0, packageErrors_1.packageInvalid)(file, `has no ${payloadName} (named by Detection.xml <FileName>)`, REBUILD);
        if (payload.compressionMethod !== 0) {
            throw (0, packageErrors_1.packageInvalid)(file, `${payloadName} is compressed (method ${payload.compressionMethod}); Intune needs it stored so its bytes upload unchanged`, REBUILD);
        }
        return { detection, offset: await zip.dataOffset(payload), length: payload.compressedSize };
    });
    const u = detection.unencryptedContentSize;
    const expected = 48 + 16 * (Math.floor(u / 16) + 1);
    if (length !== expected) {
        throw (0, packageErrors_1.packageInvalid)(file, `sizes don't match: the encrypted payload is ${length} bytes but Detection.xml's UnencryptedContentSize ${u} needs ${expected} (48 + AES-padded size)`, REBUILD);
    }
    // The payload starts with HMAC(32) + IV(16); both are repeated in Detection.xml, so a mismatch means the
    // metadata belongs to another payload and Intune would refuse the commit.
    const head = await (0, fileBytes_1.readAt)(file, offset, 48);
    const enc = detection.encryptionInfo;
    if (!head.subarray(0, 32).equals(Buffer.from(enc.mac, 'base64'))) {
        throw (0, packageErrors_1.packageInvalid)(file, "Detection.xml <Mac> doesn't match the payload's HMAC: metadata and payload don't belong together", REBUILD);
    }
    if (!head.subarray(32, 48).equals(Buffer.from(enc.initializationVector, 'base64'))) {
        throw (0, packageErrors_1.packageInvalid)(file, "Detection.xml <InitializationVector> doesn't match the payload's IV", REBUILD);
    }
    const msi = detection.msiInfo;
    const graphProps = {
        fileName: detection.fileName,
        setupFilePath: detection.setupFile,
    };
    if (msi)
        Object.assign(graphProps, (0, win32MsiDefaults_1.win32MsiProps)(msi, detection.setupFile, detection.name || undefined));
    const facts = {
        setupFile: detection.setupFile,
        unencryptedContentSize: u,
        encryptedSize: length,
        payloadEntry: `IntuneWinPackage/Contents/${detection.fileName}`,
    };
    if (detection.toolVersion)
        facts.toolVersion = detection.toolVersion;
    if (msi) {
        facts.msiProductCode = msi.productCode;
        facts.msiProductVersion = msi.productVersion;
        facts.msiExecutionContext = msi.executionContext;
        if (msi.upgradeCode)
            facts.msiUpgradeCode = msi.upgradeCode;
    }
    return {
        kind: 'intunewin',
        appType: 'win32LobApp',
        fileName: path.basename(file),
        fileSize: size,
        sha256,
        displayName: detection.name || undefined,
        publisher: msi?.manufacturer,
        version: msi?.productVersion || undefined,
        identity: msi ? { property: 'productCode', value: msi.productCode } : undefined,
        graphProps,
        manifest: null,
        content: {
            mode: 'preEncrypted',
            path: file,
            offset,
            length,
            unencryptedSize: u,
            encryptionInfo: detection.encryptionInfo,
        },
        facts,
        warnings: [],
        msi,
    };
}
//# sourceMappingURL=readIntunewin.js.map

/***/ }),

/***/ 20897:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readIpa = readIpa;
const path = __importStar(__webpack_require__(76760));
const detectFormat_1 = __webpack_require__(90061);
const fileDigest_1 = __webpack_require__(49483);
const zipArchive_1 = __webpack_require__(25970);
const packageErrors_1 = __webpack_require__(51878);
const plistRead_1 = __webpack_require__(75271);
const mobileProvision_1 = __webpack_require__(21474);
const iosManifest_1 = __webpack_require__(59367);
const minimumOs_1 = __webpack_require__(88591);
const errors_1 = __webpack_require__(7324);
const PLIST_MAX = 8 << 20;
const PROFILE_MAX = 4 << 20;
const WARN_DAYS = 30;
const DAY_MS = 86_400_000;
/** `Payload/<X>.app/Info.plist`, optionally under one top folder: the top-level app, never a nested one. */
const APP_PLIST = /^(?:[^/]+\/)?Payload\/([^/]+\.app)\/Info\.plist$/i;
const depth = (e) => e.fileName.split('/').length;
/** Two apps side by side in Payload/: which one the device installs is not ours to guess. */
function refuseSecondApp(file, first, candidates) {
    const apps = new Set(candidates.filter(e => depth(e) === depth(first)).map(e => APP_PLIST.exec(e.fileName)?.[1] ?? ''));
    if (apps.size > 1) {
        throw (0, packageErrors_1.packageInvalid)(file, `holds more than one app bundle in Payload/ (${[...apps].sort().join(', ')})`, 'An .ipa carries exactly one top-level app; export it again from Xcode.');
    }
}
/** Reads an .ipa: Info.plist of the top-level app and the expiry of its embedded provisioning profile. */
async function readIpa(file, opts = {}) {
    await (0, detectFormat_1.assertFormat)(file, 'ipa');
    const now = opts.now ?? new Date();
    const { info, profile, plistPath } = await (0, zipArchive_1.withZip)(file, '.ipa zip', async (zip) => {
        const candidates = zip.entries.filter(e => !/(^|\/)__MACOSX\//i.test(e.fileName) && APP_PLIST.test(e.fileName));
        // With a top folder and without, prefer the shortest path: Payload/ at the root wins.
        candidates.sort((a, b) => a.fileName.length - b.fileName.length);
        const first = candidates[0];
        // find() refuses an exact or case-only duplicate of the Info.plist we are about to read.
        const plistEntry = first && zip.find(first.fileName);
        if (first)
            refuseSecondApp(file, first, candidates);
        if (!plistEntry) {
            throw (0, packageErrors_1.packageInvalid)(file, 'has no Payload/<App>.app/Info.plist: not an iOS app archive', 'Export the .ipa from Xcode (Archive > Distribute App).');
        }
        let info;
        try {
            info = (0, plistRead_1.parsePlist)(await zip.readEntry(plistEntry, PLIST_MAX));
        }
        catch (e) {
            if ((0, errors_1.isIntunePublishError)(e))
                throw e;
            throw (0, packageErrors_1.packageInvalid)(file, `${plistEntry.fileName} is not a readable property list (${(0, packageErrors_1.errorMessage)(e)})`);
        }
        const appDir = plistEntry.fileName.slice(0, -'Info.plist'.length);
        const profileEntry = zip.find(`${appDir}embedded.mobileprovision`);
        let profile;
        if (profileEntry) {
            try {
                profile = (0, mobileProvision_1.parseMobileProvision)(await zip.readEntry(profileEntry, PROFILE_MAX));
            }
            catch (e) {
                if ((0, errors_1.isIntunePublishError)(e))
                    throw e;
                throw (0, packageErrors_1.packageInvalid)(file, `embedded.mobileprovision is unreadable (${(0, packageErrors_1.errorMessage)(e)})`, 'Re-sign the app with a valid provisioning profile.');
            }
        }
        return { info, profile, plistPath: plistEntry.fileName };
    });
    const platforms = Array.isArray(info['CFBundleSupportedPlatforms'])
        ? info['CFBundleSupportedPlatforms'].map(String)
        : [];
    const families = Array.isArray(info['UIDeviceFamily']) ? info['UIDeviceFamily'].map(Number) : [];
    const dtPlatform = (0, plistRead_1.plistString)(info, 'DTPlatformName') ?? '';
    if (platforms.some(p => /appletv/i.test(p)) || families.includes(3) || /appletv/i.test(dtPlatform)) {
        throw (0, packageErrors_1.packageInvalid)(file, "is a tvOS app: Intune doesn't take tvOS apps as iOS LOB apps", 'Publish an iPhone/iPad build of the app.');
    }
    const bundleId = (0, plistRead_1.plistString)(info, 'CFBundleIdentifier');
    if (!bundleId)
        throw (0, packageErrors_1.packageInvalid)(file, `${plistPath} has no CFBundleIdentifier`, 'Rebuild the app with Xcode.');
    const buildNumber = (0, plistRead_1.plistString)(info, 'CFBundleVersion') ?? '';
    const versionNumber = (0, plistRead_1.plistString)(info, 'CFBundleShortVersionString') ?? buildNumber;
    const name = (0, plistRead_1.plistString)(info, 'CFBundleDisplayName') || (0, plistRead_1.plistString)(info, 'CFBundleName');
    const minOs = (0, plistRead_1.plistString)(info, 'MinimumOSVersion');
    const warnings = [];
    const facts = { bundleId, buildNumber, versionNumber, infoPlist: plistPath };
    let expirationDateTime;
    if (profile) {
        const exp = profile['ExpirationDate'];
        if (exp instanceof Date && !Number.isNaN(exp.getTime())) {
            expirationDateTime = exp.toISOString();
            facts.provisioningProfileExpires = expirationDateTime;
            if (exp.getTime() <= now.getTime() && opts.allowExpiredProvisioningProfile) {
                warnings.push(`The provisioning profile expired on ${expirationDateTime}; devices won't install this app until it is re-signed.`);
            }
            else if (exp.getTime() <= now.getTime()) {
                throw (0, packageErrors_1.packageInvalid)(file, `its provisioning profile expired on ${expirationDateTime}; devices won't install it`, 'Renew the distribution certificate/provisioning profile in the Apple Developer portal and re-sign the .ipa.');
            }
            const days = Math.floor((exp.getTime() - now.getTime()) / DAY_MS);
            if (days >= 0 && days < WARN_DAYS) {
                warnings.push(`The provisioning profile expires in ${days} day(s) (${expirationDateTime}); the app stops launching then. Re-sign it soon.`);
            }
        }
        const profileName = (0, plistRead_1.plistString)(profile, 'Name');
        if (profileName)
            facts.provisioningProfile = profileName;
    }
    else {
        warnings.push('The .ipa has no embedded.mobileprovision: devices will only install it if it is otherwise signed for distribution.');
    }
    if (minOs)
        facts.minimumOSVersion = minOs;
    if (families.length)
        facts.deviceFamilies = families.map(String);
    const iPad = families.includes(2);
    const iPhoneAndIPod = families.includes(1) || families.length === 0;
    const graphProps = {
        fileName: path.basename(file),
        bundleId,
        buildNumber,
        versionNumber,
        applicableDeviceType: { iPad, iPhoneAndIPod },
        minimumSupportedOperatingSystem: (0, minimumOs_1.iosMinimumOs)(minOs, opts.graphVersion ?? 'v1.0'),
    };
    if (expirationDateTime)
        graphProps.expirationDateTime = expirationDateTime;
    const { size, sha256 } = await (0, fileDigest_1.fileDigest)(file);
    return {
        kind: 'ipa',
        appType: 'iosLobApp',
        fileName: path.basename(file),
        fileSize: size,
        sha256,
        displayName: name,
        version: versionNumber || undefined,
        identity: { property: 'bundleId', value: bundleId },
        graphProps,
        manifest: Buffer.from((0, iosManifest_1.iosManifestPlist)(bundleId, buildNumber, name ?? bundleId), 'ascii').toString('base64'),
        content: { mode: 'encryptOnUpload', path: file, size },
        facts,
        warnings,
    };
}
//# sourceMappingURL=readIpa.js.map

/***/ }),

/***/ 13882:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MSI_MAX_BYTES = void 0;
exports.readMsiDetails = readMsiDetails;
exports.readMsiInfo = readMsiInfo;
exports.readMsi = readMsi;
exports.mobileMsiManifest = mobileMsiManifest;
const path = __importStar(__webpack_require__(76760));
const promises_1 = __webpack_require__(51455);
const CFB = __importStar(__webpack_require__(26785));
const detectFormat_1 = __webpack_require__(90061);
const fileDigest_1 = __webpack_require__(49483);
const cfbExtent_1 = __webpack_require__(58412);
const msiDatabase_1 = __webpack_require__(21363);
const summaryInformation_1 = __webpack_require__(75615);
const msiInfoRules_1 = __webpack_require__(34523);
const packageErrors_1 = __webpack_require__(51878);
const xmlText_1 = __webpack_require__(66471);
/**
 * cfb parses a whole buffer, so an MSI is the one package read into memory. MSI databases are small, but some
 * embed their cabinets; we accept up to 2 GiB and check the size before allocating anything.
 */
exports.MSI_MAX_BYTES = 2 * 1024 ** 3;
/** MsiInfo (§6.1 rules) plus the summary and Property table. Used by readMsi and by the .intunewin packager. */
async function readMsiDetails(file) {
    await (0, detectFormat_1.assertFormat)(file, 'msi');
    const { size } = await (0, promises_1.stat)(file);
    if (size > exports.MSI_MAX_BYTES) {
        throw (0, packageErrors_1.packageInvalid)(file, `is ${size} bytes; MSI files over ${exports.MSI_MAX_BYTES} bytes are not read (the database is parsed in memory)`, 'Move large payloads into an external cabinet, or package the folder as a .intunewin (Win32 app).');
    }
    const bytes = await (0, promises_1.readFile)(file);
    const required = (0, cfbExtent_1.cfbRequiredSize)(bytes);
    if (required !== undefined && required > bytes.length) {
        throw (0, packageErrors_1.truncatedOrCorrupt)(file, 'MSI (OLE compound file)', `its sector table needs ${required} bytes and the file has ${bytes.length}: it was cut short`);
    }
    let db;
    try {
        db = new msiDatabase_1.MsiDatabase(CFB.read(bytes, { type: 'buffer' }));
    }
    catch (e) {
        throw (0, packageErrors_1.truncatedOrCorrupt)(file, 'MSI (OLE compound file)', (0, packageErrors_1.errorMessage)(e), e);
    }
    const summary = (0, summaryInformation_1.parseSummaryInformation)(db.stream('\u0005SummaryInformation'));
    try {
        const { info, properties } = (0, msiInfoRules_1.msiInfoFrom)(db, summary);
        if (!info.productCode)
            throw (0, packageErrors_1.packageInvalid)(file, 'has no ProductCode in its Property table', 'Rebuild the MSI.');
        return { info, summary, properties };
    }
    catch (e) {
        if (e instanceof msiInfoRules_1.AllUsersError)
            throw (0, packageErrors_1.packageInvalid)(file, e.message, 'Set ALLUSERS to 1, 2 or leave it empty.');
        throw e;
    }
}
/** The MsiInfo a .intunewin's Detection.xml needs for an .msi setup file. */
async function readMsiInfo(file) {
    return (await readMsiDetails(file)).info;
}
/** A bare .msi becomes a windowsMobileMSI (line-of-business MSI) app. */
async function readMsi(file, _opts = {}) {
    const { info, summary, properties } = await readMsiDetails(file);
    const { size, sha256 } = await (0, fileDigest_1.fileDigest)(file);
    const fileName = path.basename(file);
    const facts = {
        productCode: info.productCode,
        productVersion: info.productVersion,
        executionContext: info.executionContext,
        allUsers: properties.get('ALLUSERS') ?? '',
    };
    if (info.upgradeCode)
        facts.upgradeCode = info.upgradeCode;
    if (info.packageCode)
        facts.packageCode = info.packageCode;
    if (properties.has('ProductLanguage'))
        facts.productLanguage = properties.get('ProductLanguage');
    if (summary.template)
        facts.summaryTemplate = summary.template;
    if (summary.pageCount !== undefined)
        facts.schema = summary.pageCount;
    if (summary.creatingApplication)
        facts.creatingApplication = summary.creatingApplication;
    return {
        kind: 'msi',
        appType: 'windowsMobileMSI',
        fileName,
        fileSize: size,
        sha256,
        displayName: info.productName,
        publisher: info.manufacturer,
        version: info.productVersion || undefined,
        // Verbatim; compare product codes case-insensitively (some MSIs use lower-case GUIDs).
        identity: { property: 'productCode', value: info.productCode },
        graphProps: {
            fileName,
            productCode: info.productCode,
            productVersion: info.productVersion,
            identityVersion: info.productVersion,
            commandLine: '',
            ignoreVersionDetection: false,
        },
        betaOnly: ['identityVersion'],
        manifest: Buffer.from(mobileMsiManifest(info), 'ascii').toString('base64'),
        content: { mode: 'encryptOnUpload', path: file, size },
        facts,
        warnings: [],
        msi: info,
    };
}
/** Protocol §5.3: one MobileMsiData element, attributes only, no XML declaration. */
function mobileMsiManifest(info) {
    const b = (v) => (v ? 'true' : 'false');
    return (`<MobileMsiData MsiExecutionContext="${info.executionContext}" MsiRequiresReboot="${b(info.requiresReboot)}"` +
        ` MsiUpgradeCode="${(0, xmlText_1.xmlAttr)(info.upgradeCode ?? '')}" MsiIsMachineInstall="${b(info.isMachineInstall)}"` +
        ` MsiIsUserInstall="${b(info.isUserInstall)}" MsiIncludesServices="${b(info.includesServices)}"` +
        ` MsiContainsSystemRegistryKeys="${b(info.containsSystemRegistryKeys)}"` +
        ` MsiContainsSystemFolders="${b(info.containsSystemFolders)}"></MobileMsiData>`);
}
//# sourceMappingURL=readMsi.js.map

/***/ }),

/***/ 17848:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readMsix = readMsix;
const path = __importStar(__webpack_require__(76760));
const fast_xml_parser_1 = __webpack_require__(49239);
const detectFormat_1 = __webpack_require__(90061);
const fileDigest_1 = __webpack_require__(49483);
const zipArchive_1 = __webpack_require__(25970);
const packageErrors_1 = __webpack_require__(51878);
const publisherHash_1 = __webpack_require__(68683);
const minimumOs_1 = __webpack_require__(88591);
const MANIFEST_MAX = 16 << 20;
const asArray = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x) => typeof x === 'object' && x !== null);
const str = (n, key) => {
    const v = n?.[key];
    return typeof v === 'string' && v !== '' ? v : undefined;
};
/** Reads MSIX/AppX packages and bundles: identity, publisher hash, architectures, minimum Windows version. */
async function readMsix(file, opts = {}) {
    await (0, detectFormat_1.assertFormat)(file, 'msix');
    const { xml, isBundle, entryName } = await (0, zipArchive_1.withZip)(file, 'MSIX/AppX zip', async (zip) => {
        const bundle = zip.find('AppxMetadata/AppxBundleManifest.xml');
        const pkg = zip.find('AppxManifest.xml');
        const entry = bundle ?? pkg;
        if (!entry) {
            throw (0, packageErrors_1.packageInvalid)(file, `has neither AppxManifest.xml nor AppxMetadata/AppxBundleManifest.xml: not an MSIX/AppX ${(0, detectFormat_1.isBundleExtension)(file) ? 'bundle' : 'package'}`, 'Build it with MakeAppx or the Windows App SDK packaging tools.');
        }
        return {
            xml: await zip.readEntry(entry, MANIFEST_MAX),
            isBundle: entry === bundle,
            entryName: entry.fileName,
        };
    });
    let doc;
    try {
        doc = new fast_xml_parser_1.XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true }).parse(xml.toString('utf8').replace(/^\uFEFF/, ''), true);
    }
    catch (e) {
        throw (0, packageErrors_1.packageInvalid)(file, `${entryName} is not well-formed XML (${(0, packageErrors_1.errorMessage)(e)})`);
    }
    const root = asArray(doc[isBundle ? 'Bundle' : 'Package'])[0];
    const identities = asArray(root?.['Identity']);
    if (identities.length > 1) {
        throw (0, packageErrors_1.packageInvalid)(file, `${entryName} has ${identities.length} <Identity> elements; a package has one`);
    }
    const identity = identities[0];
    const name = str(identity, '@Name');
    const publisher = str(identity, '@Publisher');
    const version = str(identity, '@Version');
    if (!name || !publisher || !version) {
        throw (0, packageErrors_1.packageInvalid)(file, `${entryName} has no complete <Identity Name Publisher Version>`, 'Fix the package manifest and rebuild.');
    }
    checkPackageVersion(file, entryName, version);
    const warnings = [];
    let architectures;
    let displayName;
    let minVersion;
    let publisherDisplayName;
    if (isBundle) {
        const packages = asArray(asArray(root?.['Packages'])[0]?.['Package']);
        const apps = packages.filter(p => (str(p, '@Type') ?? 'application') === 'application');
        architectures = [...new Set(apps.map(p => (str(p, '@Architecture') ?? 'neutral').toLowerCase()))];
    }
    else {
        architectures = [(str(identity, '@ProcessorArchitecture') ?? 'neutral').toLowerCase()];
        const props = asArray(root?.['Properties'])[0];
        const dn = props?.['DisplayName'];
        if (typeof dn === 'string' && dn.trim()) {
            if (/^ms-resource:/i.test(dn.trim())) {
                warnings.push(`DisplayName is a resource reference (${dn.trim()}); using the identity name. Set displayName in the app template.`);
            }
            else
                displayName = dn.trim();
        }
        const pdn = props?.['PublisherDisplayName'];
        if (typeof pdn === 'string' && pdn.trim() && !/^ms-resource:/i.test(pdn.trim()))
            publisherDisplayName = pdn.trim();
        const families = asArray(asArray(root?.['Dependencies'])[0]?.['TargetDeviceFamily']);
        minVersion = families
            .map(f => str(f, '@MinVersion'))
            .filter((v) => !!v)
            .sort(compareVersions)[0];
    }
    if (!architectures.length)
        architectures = ['neutral'];
    const known = architectures.filter(a => ['x86', 'x64', 'arm', 'neutral', 'arm64'].includes(a));
    const graphVersion = opts.graphVersion ?? 'v1.0';
    const graphProps = {
        fileName: path.basename(file),
        identityName: name,
        identityPublisherHash: (0, publisherHash_1.publisherHash)(publisher),
        identityVersion: version,
        isBundle,
        applicableArchitectures: (known.length ? known : ['neutral']).join(','),
        applicableDeviceTypes: 'desktop',
        minimumSupportedOperatingSystem: (0, minimumOs_1.windowsMinimumOs)(minVersion, graphVersion),
    };
    const resourceId = str(identity, '@ResourceId');
    if (resourceId)
        graphProps.identityResourceIdentifier = resourceId;
    const facts = {
        identityName: name,
        identityPublisher: publisher,
        identityVersion: version,
        architectures: known,
        isBundle,
        manifest: entryName,
    };
    if (minVersion)
        facts.minVersion = minVersion;
    const { size, sha256 } = await (0, fileDigest_1.fileDigest)(file);
    return {
        kind: 'msix',
        appType: 'windowsUniversalAppX',
        fileName: path.basename(file),
        fileSize: size,
        sha256,
        displayName: displayName ?? name,
        publisher: publisherDisplayName,
        version,
        identity: { property: 'identityName', value: name },
        graphProps,
        // arm64 is a beta-only member of windowsArchitecture.
        betaOnly: known.includes('arm64') ? ['applicableArchitectures'] : undefined,
        manifest: Buffer.from(path.basename(file), 'ascii').toString('base64'),
        content: { mode: 'encryptOnUpload', path: file, size },
        facts,
        warnings,
    };
}
/** Windows package versions are Major.Minor.Build.Revision, each 0-65535 (the AppxManifest schema's type). */
function checkPackageVersion(file, entryName, version) {
    const parts = version.split('.');
    if (parts.length === 4 && parts.every(p => /^\d{1,5}$/.test(p) && Number(p) <= 65535))
        return;
    throw (0, packageErrors_1.packageInvalid)(file, `${entryName} has Identity Version "${version}", not four numbers from 0 to 65535 (like 1.2.0.0)`, 'Set a valid version in the manifest and rebuild.');
}
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < 4; i++)
        if ((pa[i] ?? 0) !== (pb[i] ?? 0))
            return (pa[i] ?? 0) - (pb[i] ?? 0);
    return 0;
}
//# sourceMappingURL=readMsix.js.map

/***/ }),

/***/ 19885:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readPackage = readPackage;
const detectFormat_1 = __webpack_require__(90061);
const readIntunewin_1 = __webpack_require__(35128);
const readMsi_1 = __webpack_require__(13882);
const readIpa_1 = __webpack_require__(20897);
const readApk_1 = __webpack_require__(90767);
const readMsix_1 = __webpack_require__(17848);
const readPkg_1 = __webpack_require__(4455);
const readDmg_1 = __webpack_require__(43937);
const READERS = {
    intunewin: readIntunewin_1.readIntunewin,
    msi: readMsi_1.readMsi,
    ipa: readIpa_1.readIpa,
    apk: readApk_1.readApk,
    msix: readMsix_1.readMsix,
    pkg: readPkg_1.readPkg,
    dmg: readDmg_1.readDmg,
};
/**
 * Reads any package Intune takes. The extension picks the reader; the magic bytes must agree, otherwise a
 * PACKAGE_INVALID names the file, the format its extension promises and the one its bytes show.
 */
async function readPackage(file, opts = {}) {
    const kind = (0, detectFormat_1.kindFromExtension)(file);
    await (0, detectFormat_1.assertFormat)(file, kind);
    return READERS[kind](file, opts);
}
//# sourceMappingURL=readPackage.js.map

/***/ }),

/***/ 4455:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readPkg = readPkg;
const path = __importStar(__webpack_require__(76760));
const fast_xml_parser_1 = __webpack_require__(49239);
const detectFormat_1 = __webpack_require__(90061);
const fileDigest_1 = __webpack_require__(49483);
const packageErrors_1 = __webpack_require__(51878);
const xarArchive_1 = __webpack_require__(90584);
const nodes = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x) => typeof x === 'object' && x !== null);
const attr = (n, k) => {
    const v = n?.[`@${k}`];
    return typeof v === 'string' && v !== '' ? v : undefined;
};
/**
 * Reads a macOS flat package (xar): the product archive's Distribution, or a component package's
 * PackageInfo. Bundles listed there become includedApps; the first is the primary bundle.
 */
async function readPkg(file, _opts = {}) {
    await (0, detectFormat_1.assertFormat)(file, 'pkg');
    const { size, sha256 } = await (0, fileDigest_1.fileDigest)(file);
    let xml;
    let source;
    let checksum;
    try {
        const toc = await (0, xarArchive_1.readXarToc)(file, size);
        checksum = toc.checksum;
        const entry = toc.files.find(f => f.path === 'Distribution') ??
            toc.files.find(f => f.path === 'PackageInfo') ??
            toc.files.find(f => /(^|\/)PackageInfo$/.test(f.path));
        if (!entry) {
            throw (0, packageErrors_1.packageInvalid)(file, 'has neither a Distribution nor a PackageInfo file: not an installer package', 'Build it with productbuild or pkgbuild.');
        }
        source = entry.path;
        xml = await (0, xarArchive_1.readXarFile)(file, toc.heapStart, size, entry);
    }
    catch (e) {
        if (e instanceof xarArchive_1.XarError || (e instanceof Error && /incorrect header|unexpected end/i.test(e.message))) {
            throw (0, packageErrors_1.truncatedOrCorrupt)(file, 'macOS flat package (xar)', (0, packageErrors_1.errorMessage)(e), e);
        }
        throw e;
    }
    const doc = new fast_xml_parser_1.XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml.toString('utf8'));
    const apps = [];
    const addBundles = (list) => {
        for (const b of list) {
            const id = attr(b, 'id');
            const v = attr(b, 'CFBundleShortVersionString') ?? attr(b, 'CFBundleVersion');
            if (id && v && !apps.some(a => a.bundleId === id)) {
                apps.push({ '@odata.type': '#microsoft.graph.macOSIncludedApp', bundleId: id, bundleVersion: v });
            }
            addBundles(nodes(b['bundle']));
        }
    };
    const facts = { source, xarChecksum: checksum };
    let productId;
    let productVersion;
    let title;
    const gui = nodes(doc['installer-gui-script'])[0];
    if (gui) {
        const product = nodes(gui['product'])[0];
        productId = attr(product, 'id');
        productVersion = attr(product, 'version');
        const t = gui['title'];
        title = typeof t === 'string' && t.trim() ? t.trim() : undefined;
        const refs = nodes(gui['pkg-ref']);
        for (const r of refs)
            for (const bv of nodes(r['bundle-version']))
                addBundles(nodes(bv['bundle']));
        const ids = [...new Set(refs.map(r => attr(r, 'id')).filter((x) => !!x))];
        if (ids.length)
            facts.pkgRefs = ids;
        if (!productId) {
            const withVersion = refs.find(r => attr(r, 'id') && attr(r, 'version'));
            productId = attr(withVersion, 'id');
            productVersion = attr(withVersion, 'version');
        }
    }
    else {
        const info = nodes(doc['pkg-info'])[0];
        if (!info)
            throw (0, packageErrors_1.packageInvalid)(file, `${source} has neither <installer-gui-script> nor <pkg-info>`);
        productId = attr(info, 'identifier');
        productVersion = attr(info, 'version');
        addBundles(nodes(info['bundle']));
    }
    if (productId)
        facts.productId = productId;
    if (productVersion)
        facts.productVersion = productVersion;
    if (title)
        facts.title = title;
    const primary = apps[0] ??
        (productId && productVersion ? { bundleId: productId, bundleVersion: productVersion } : undefined);
    const warnings = [];
    const graphProps = { fileName: path.basename(file), ignoreVersionDetection: false };
    if (primary) {
        graphProps.primaryBundleId = primary.bundleId;
        graphProps.primaryBundleVersion = primary.bundleVersion;
        graphProps.includedApps = apps.length
            ? apps
            : [
                {
                    '@odata.type': '#microsoft.graph.macOSIncludedApp',
                    bundleId: primary.bundleId,
                    bundleVersion: primary.bundleVersion,
                },
            ];
    }
    else {
        warnings.push('The package names no bundle id/version: set primaryBundleId and primaryBundleVersion in the app template.');
    }
    return {
        kind: 'pkg',
        appType: 'macOSPkgApp',
        fileName: path.basename(file),
        fileSize: size,
        sha256,
        displayName: title,
        version: primary?.bundleVersion ?? productVersion,
        identity: primary ? { property: 'primaryBundleId', value: primary.bundleId } : undefined,
        graphProps,
        manifest: null,
        content: { mode: 'encryptOnUpload', path: file, size },
        facts,
        warnings,
    };
}
//# sourceMappingURL=readPkg.js.map

/***/ }),

/***/ 73760:
/***/ ((__unused_webpack_module, exports) => {


/**
 * What a package reader learns from a file. Readers fill it; the app-template merge turns it into a Graph
 * app body; the uploader uses `content` to know what bytes go to the blob and how they are encrypted.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 72253:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.win32MsiProps = win32MsiProps;
const PACKAGE_TYPES = { System: 'perMachine', User: 'perUser', Any: 'dualPurpose' };
/**
 * The Win32 properties an MSI setup implies (protocol §2.1): msiInformation, msiexec command lines and a
 * product-code detection rule. The template overrides any of them.
 */
function win32MsiProps(msi, setupFile, productName) {
    return {
        msiInformation: {
            productCode: msi.productCode,
            productVersion: msi.productVersion,
            upgradeCode: msi.upgradeCode ?? null,
            requiresReboot: msi.requiresReboot,
            packageType: PACKAGE_TYPES[msi.executionContext],
            productName: productName ?? null,
            publisher: msi.manufacturer ?? null,
        },
        installCommandLine: `msiexec /i "${setupFile}" /qn`,
        uninstallCommandLine: `msiexec /x "${msi.productCode}" /qn`,
        rules: [
            {
                '@odata.type': '#microsoft.graph.win32LobAppProductCodeRule',
                ruleType: 'detection',
                productCode: msi.productCode,
                productVersionOperator: 'notConfigured',
                productVersion: null,
            },
        ],
    };
}
//# sourceMappingURL=win32MsiDefaults.js.map

/***/ }),

/***/ 66471:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.xmlText = void 0;
exports.xmlAttr = xmlAttr;
/** Escapes text for XML content or a double-quoted attribute, and turns non-ASCII into character references
 * so the document can be sent as ASCII (the manifests are base64 of ASCII). */
function xmlAttr(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/[^\x20-\x7e\t\n\r]/gu, ch => `&#${ch.codePointAt(0)};`);
}
exports.xmlText = xmlAttr;
//# sourceMappingURL=xmlText.js.map

/***/ }),

/***/ 25970:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.openZip = openZip;
exports.withZip = withZip;
const yauzl = __importStar(__webpack_require__(24570));
const node_zlib_1 = __webpack_require__(38522);
const packageErrors_1 = __webpack_require__(51878);
/** Upper bound on entries we list; real IPAs/MSIX have tens of thousands at most. */
const MAX_ENTRIES = 500_000;
async function openZip(file, what = 'zip archive') {
    const zip = await new Promise((resolve, reject) => {
        yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, z) => {
            if (err)
                reject(zipError(file, what, err));
            else
                resolve(z);
        });
    });
    if (zip.entryCount > MAX_ENTRIES) {
        zip.close();
        throw (0, packageErrors_1.packageInvalid)(file, `the ${what} lists ${zip.entryCount} entries, more than the ${MAX_ENTRIES} we accept`);
    }
    const entries = await new Promise((resolve, reject) => {
        const list = [];
        // yauzl throws synchronously when a zip64 record points past 2^53 (Node's "position out of range").
        const next = () => {
            try {
                zip.readEntry();
            }
            catch (err) {
                reject(zipError(file, what, err));
            }
        };
        zip.on('entry', (e) => {
            list.push(e);
            next();
        });
        zip.on('end', () => resolve(list));
        zip.on('error', (err) => reject(zipError(file, what, err)));
        next();
    }).catch((e) => {
        zip.close();
        throw e;
    });
    const byName = new Map();
    for (const e of entries) {
        const key = e.fileName.toLowerCase();
        const same = byName.get(key);
        // Two entries with one name: extractors disagree on which wins, so the package means two things.
        if (same?.some(o => o.fileName === e.fileName)) {
            zip.close();
            throw duplicateEntry(file, what, e.fileName);
        }
        byName.set(key, [...(same ?? []), e]);
    }
    return {
        file,
        entries,
        find: name => {
            const found = byName.get(name.toLowerCase());
            // A case-only twin of an entry we read is as ambiguous as an exact duplicate (Windows, macOS).
            if (found && found.length > 1)
                throw duplicateEntry(file, what, found.map(e => e.fileName).join('" and "'));
            return found?.[0];
        },
        readEntry: (entry, maxBytes) => readWholeEntry(zip, file, what, entry, maxBytes),
        dataOffset: entry => new Promise((resolve, reject) => {
            ;
            zip.readLocalFileHeader(entry, { minimal: true }, (err, header) => {
                if (err)
                    reject(zipError(file, what, err));
                else
                    resolve(header.fileDataStart);
            });
        }),
        close: () => zip.close(),
    };
}
/** Runs `fn` over an open archive and always closes it. */
async function withZip(file, what, fn) {
    const zip = await openZip(file, what);
    try {
        return await fn(zip);
    }
    finally {
        zip.close();
    }
}
function readWholeEntry(zip, file, what, entry, maxBytes) {
    if (entry.uncompressedSize > maxBytes || entry.compressedSize > Math.max(maxBytes, 1024) * 2) {
        return Promise.reject((0, packageErrors_1.packageInvalid)(file, `${entry.fileName} declares ${entry.uncompressedSize} bytes, more than the ${maxBytes} a file of this kind can sensibly have`, 'The package looks damaged or hand-crafted; rebuild it.'));
    }
    return new Promise((resolve, reject) => {
        zip.openReadStream(entry, (err, stream) => {
            if (err)
                return reject(zipError(file, what, err));
            const chunks = [];
            let total = 0;
            stream.on('data', (c) => {
                total += c.length;
                // yauzl checks the declared size too; this guards the case where it can't.
                if (total > maxBytes)
                    stream.destroy(new Error(`${entry.fileName} is larger than declared`));
                else
                    chunks.push(c);
            });
            stream.on('error', (e) => reject(zipError(file, what, e)));
            stream.on('end', () => {
                const bytes = Buffer.concat(chunks, total);
                // yauzl does not check CRCs; a metadata entry whose bytes don't match its CRC was altered.
                if ((0, node_zlib_1.crc32)(bytes) !== entry.crc32) {
                    reject((0, packageErrors_1.packageInvalid)(file, `${entry.fileName} fails its CRC-32 check (the entry's bytes don't match its checksum)`, 'The package was damaged or altered after it was built; rebuild or re-download it.'));
                }
                else
                    resolve(bytes);
            });
        });
    });
}
function duplicateEntry(file, what, name) {
    return (0, packageErrors_1.packageInvalid)(file, `the ${what} holds more than one entry named "${name}"`, 'Tools disagree on which one counts; rebuild the package so that each name appears once.');
}
function zipError(file, what, err) {
    const msg = (0, packageErrors_1.errorMessage)(err);
    if (err instanceof RangeError || /out of range|Number.MAX_SAFE_INTEGER/i.test(msg)) {
        // zip64 offsets or sizes past the file (2^60): Node's raw range error names neither file nor cause.
        return (0, packageErrors_1.truncatedOrCorrupt)(file, what, 'an offset or size in its directory points past the end of the file', err);
    }
    if (/^(absolute path|invalid relative path|invalid characters)/.test(msg)) {
        return (0, packageErrors_1.packageInvalid)(file, `the ${what} has an unsafe entry name (${msg})`, 'Entries must be relative paths without "..": rebuild the package with standard tools.', err);
    }
    return (0, packageErrors_1.truncatedOrCorrupt)(file, what, msg, err);
}
//# sourceMappingURL=zipArchive.js.map

/***/ }),

/***/ 98307:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PAYLOAD_FILE_NAME = exports.TOOL_VERSION = void 0;
exports.escapeXmlText = escapeXmlText;
exports.buildDetectionXml = buildDetectionXml;
/** The current Microsoft release at the time of writing; nothing downstream reads it (format doc §2). */
exports.TOOL_VERSION = '1.8.7.0';
exports.PAYLOAD_FILE_NAME = 'IntunePackage.intunewin';
/** Escapes XML text; characters XML 1.0 can't carry at all are refused (callers validate names first). */
function escapeXmlText(s) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(s)) {
        throw new Error(`text contains a control character XML cannot hold: ${JSON.stringify(s)}`);
    }
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const bool = (v) => (v ? 'true' : 'false');
/** The MsiInfo children in the order of a real 1.8.4.0 file (format doc §2); optional codes omitted when unknown. */
function msiChildren(m) {
    const rows = [
        ['MsiProductCode', m.productCode],
        ['MsiProductVersion', m.productVersion],
        ['MsiPackageCode', m.packageCode],
        ['MsiUpgradeCode', m.upgradeCode],
        ['MsiExecutionContext', m.executionContext],
        ['MsiRequiresLogon', bool(m.requiresLogon)],
        ['MsiRequiresReboot', bool(m.requiresReboot)],
        ['MsiIsMachineInstall', bool(m.isMachineInstall)],
        ['MsiIsUserInstall', bool(m.isUserInstall)],
        ['MsiIncludesServices', bool(m.includesServices)],
        ['MsiIncludesODBCDataSource', bool(m.includesOdbcDataSource)],
        ['MsiContainsSystemRegistryKeys', bool(m.containsSystemRegistryKeys)],
        ['MsiContainsSystemFolders', bool(m.containsSystemFolders)],
        ['MsiPublisher', m.manufacturer],
    ];
    return rows.filter((r) => r[1] !== undefined);
}
function buildDetectionXml(d) {
    const el = (indent, name, value) => `${' '.repeat(indent)}<${name}>${escapeXmlText(value)}</${name}>`;
    const e = d.info;
    const lines = [
        `<ApplicationInfo xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ToolVersion="${exports.TOOL_VERSION}">`,
        el(2, 'Name', d.name),
        el(2, 'UnencryptedContentSize', String(d.unencryptedContentSize)),
        el(2, 'FileName', exports.PAYLOAD_FILE_NAME),
        el(2, 'SetupFile', d.setupFile),
        '  <EncryptionInfo>',
        el(4, 'EncryptionKey', e.encryptionKey),
        el(4, 'MacKey', e.macKey),
        el(4, 'InitializationVector', e.initializationVector),
        el(4, 'Mac', e.mac),
        el(4, 'ProfileIdentifier', e.profileIdentifier),
        el(4, 'FileDigest', e.fileDigest),
        el(4, 'FileDigestAlgorithm', e.fileDigestAlgorithm),
        '  </EncryptionInfo>',
    ];
    if (d.msi) {
        lines.push('  <MsiInfo>', ...msiChildren(d.msi).map(([k, v]) => el(4, k, v)), '  </MsiInfo>');
    }
    lines.push('</ApplicationInfo>');
    return lines.join('\r\n');
}
//# sourceMappingURL=buildDetectionXml.js.map

/***/ }),

/***/ 44104:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.crc32Js = crc32Js;
exports.crc32 = crc32;
exports.crc32Combine = crc32Combine;
/**
 * CRC-32 (zip's polynomial) and zlib's crc32_combine. The outer zip's payload entry starts with the HMAC,
 * which is known only after the last byte of IV ‖ ciphertext went to disk; combining CRC(HMAC) with the
 * CRC computed while streaming gives the entry's CRC without reading the payload back.
 */
const zlib = __importStar(__webpack_require__(38522));
const POLY = 0xedb88320;
let table;
function crcTable() {
    if (table)
        return table;
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
}
/** Plain table-driven CRC-32, for Node builds without zlib.crc32 (added in 20.15). */
function crc32Js(buf, prev = 0) {
    const t = crcTable();
    let c = ~prev >>> 0;
    for (let i = 0; i < buf.length; i++)
        c = t[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
    return ~c >>> 0;
}
const native = zlib.crc32;
/** CRC-32 of `buf`, continuing from `prev` (the CRC of the bytes before it). */
function crc32(buf, prev = 0) {
    return native ? native(buf, prev) >>> 0 : crc32Js(buf, prev);
}
/** a(x)·b(x) mod p(x), in the reflected bit order CRC-32 uses (zlib's multmodp). */
function multModP(a, b) {
    let m = 0x80000000;
    let p = 0;
    for (;;) {
        if ((a & m) !== 0) {
            p = (p ^ b) >>> 0;
            if ((a & (m - 1)) === 0)
                break;
        }
        m >>>= 1;
        b = b & 1 ? ((b >>> 1) ^ POLY) >>> 0 : b >>> 1;
    }
    return p >>> 0;
}
let x2n;
/** x^(2^k) mod p(x) for k = 0..31. */
function x2nTable() {
    if (x2n)
        return x2n;
    x2n = [];
    let p = 0x40000000; // x^1
    x2n.push(p);
    for (let n = 1; n < 32; n++)
        x2n.push((p = multModP(p, p)));
    return x2n;
}
/** x^(n·2^k) mod p(x); n may exceed 2^32 (payloads past 4 GiB), so no bit shifts on it. */
function x2nModP(n, k) {
    const t = x2nTable();
    let p = 0x80000000; // x^0
    while (n > 0) {
        if (n % 2 === 1)
            p = multModP(t[k & 31], p);
        n = Math.floor(n / 2);
        k++;
    }
    return p;
}
/** CRC-32 of A ‖ B from crc(A), crc(B) and B's length: zlib's crc32_combine64. */
function crc32Combine(crcA, crcB, lengthB) {
    if (!Number.isSafeInteger(lengthB) || lengthB < 0)
        throw new RangeError(`bad length ${lengthB}`);
    return (multModP(x2nModP(lengthB, 3), crcA >>> 0) ^ (crcB >>> 0)) >>> 0;
}
//# sourceMappingURL=crc32.js.map

/***/ }),

/***/ 52216:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeIntunewinSource = describeIntunewinSource;
/**
 * A cheap look at a folder to package, for plans: the same checks as packaging (setup file inside, no links
 * out, readable regular files), then counts and sizes; nothing is compressed, encrypted or written.
 */
const path = __importStar(__webpack_require__(76760));
const sourceFolder_1 = __webpack_require__(66258);
async function describeIntunewinSource(opts) {
    const listing = await (0, sourceFolder_1.listSourceFolder)(opts.sourceDir, opts.setupFile);
    const largest = [...listing.files]
        .sort((a, b) => b.size - a.size)
        .slice(0, 5)
        .map(f => ({ name: f.name, size: f.size }));
    return {
        sourceDir: listing.root,
        setupFile: listing.setupEntry.split('/').join(path.win32.sep),
        fileCount: listing.files.length,
        totalBytes: listing.totalBytes,
        isMsi: /\.msi$/i.test(listing.setupEntry),
        largest,
    };
}
//# sourceMappingURL=describeIntunewinSource.js.map

/***/ }),

/***/ 27709:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fixedTimestamp = fixedTimestamp;
exports.prepareSource = prepareSource;
exports.encryptedPayload = encryptedPayload;
exports.packagingError = packagingError;
exports.detectionXmlFor = detectionXmlFor;
/**
 * What packaging to a file and packaging straight to a blob share: validate the folder (and read the MSI)
 * before any output exists, then one streaming pass: folder -> yazl inner zip -> PayloadEncryptor.
 */
const path = __importStar(__webpack_require__(76760));
const node_stream_1 = __webpack_require__(57075);
const payloadEncryptor_1 = __webpack_require__(36519);
const errors_1 = __webpack_require__(7324);
const logger_1 = __webpack_require__(71539);
const readMsi_1 = __webpack_require__(13882);
const buildDetectionXml_1 = __webpack_require__(98307);
const innerZip_1 = __webpack_require__(36864);
const sourceFolder_1 = __webpack_require__(66258);
/**
 * The fixed timestamp for reproducible builds: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else
 * 1980-01-01 for seeded builds. Returned with the UTC fields as local fields, because zip DOS times are
 * written from local fields: the bytes then don't depend on the machine's time zone.
 */
function fixedTimestamp(seed, env = process.env) {
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch !== undefined && /^\d+$/.test(epoch.trim())) {
        const u = new Date(Number(epoch.trim()) * 1000);
        return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds());
    }
    return seed === undefined ? undefined : new Date(1980, 0, 1, 0, 0, 0);
}
async function prepareSource(opts) {
    const level = opts.compressionLevel ?? innerZip_1.DEFAULT_COMPRESSION_LEVEL;
    if (!Number.isInteger(level) || level < 1 || level > 9) {
        throw (0, sourceFolder_1.sourceError)('compressionLevel', `must be an integer 1-9, got ${level}`, 'Use 6 (the default) or 1 for speed.');
    }
    if (opts.seed !== undefined && opts.seed.length === 0) {
        throw (0, sourceFolder_1.sourceError)('seed', 'is empty', 'Pass a non-empty seed, or none for random keys.');
    }
    const listing = await (0, sourceFolder_1.listSourceFolder)(opts.sourceDir, opts.setupFile);
    let msi;
    if (/\.msi$/i.test(listing.setupEntry)) {
        const file = listing.files.find(f => f.name === listing.setupEntry);
        msi = await (0, readMsi_1.readMsiInfo)(file.path);
    }
    return {
        listing,
        name: msi?.productName || path.posix.basename(listing.setupEntry),
        setupFile: listing.setupEntry.split('/').join('\\'),
        msi,
        mtime: fixedTimestamp(opts.seed),
        compressionLevel: level,
    };
}
/** Runs the pass. Errors end `stream` and reject `finish` as PACKAGING_FAILED (input errors keep their code). */
function encryptedPayload(prep, seed, logger = logger_1.silentLogger) {
    const keys = (0, payloadEncryptor_1.generateContentKeys)(seed);
    logger.maskSecret(keys.encryptionKey.toString('base64'));
    logger.maskSecret(keys.macKey.toString('base64'));
    const total = prep.listing.totalBytes;
    let done = 0;
    let last = 0;
    const onRead = (n) => {
        done += n;
        const now = Date.now();
        if (now - last < 1000 && done < total)
            return;
        last = now;
        const pct = total ? Math.floor((100 * done) / total) : 100;
        logger.progress({
            phase: 'package',
            done,
            total,
            message: `packaging ${pct}% (${done} of ${total} bytes)`,
        });
    };
    const root = prep.listing.root;
    const zip = (0, innerZip_1.innerZipStream)((0, innerZip_1.fileEntries)(prep.listing.files), {
        mtime: prep.mtime,
        compressionLevel: prep.compressionLevel,
        onRead,
        mapError: e => packagingError(root, e),
    });
    const encryptor = new payloadEncryptor_1.PayloadEncryptor(keys);
    const finish = new Promise((resolve, reject) => {
        // The callback fires when the encryptor has taken all input (or on any error, the reader's included);
        // 'end' fires once the reader has consumed the last byte, when result() is valid.
        (0, node_stream_1.pipeline)(zip, encryptor, e => {
            if (e)
                reject(packagingError(root, e));
        });
        encryptor.once('end', () => resolve(encryptor.result()));
    });
    finish.catch(() => undefined);
    const stream = encryptor;
    return { stream, finish, keys };
}
function packagingError(root, e) {
    if ((0, errors_1.isIntunePublishError)(e))
        return e;
    const err = e;
    const where = err.path ? ` (${err.path})` : '';
    const hint = err.message === 'file data stream has unexpected number of bytes'
        ? 'a file changed size while it was being packaged; package a folder nothing else writes to'
        : err.message;
    return new errors_1.IntunePublishError(errors_1.ErrorCodes.PackagingFailed, `packaging ${root} failed${where}: ${hint}`, {
        field: 'source',
        fix: 'Check the folder is readable and stable during the build, then re-run.',
        cause: e,
    });
}
function detectionXmlFor(prep, result) {
    return (0, buildDetectionXml_1.buildDetectionXml)({
        name: prep.name,
        unencryptedContentSize: result.plainLength,
        setupFile: prep.setupFile,
        info: result.info,
        msi: prep.msi,
    });
}
//# sourceMappingURL=encryptedPayload.js.map

/***/ }),

/***/ 58183:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.crc32Combine = exports.crc32 = exports.TOOL_VERSION = exports.buildDetectionXml = exports.describeIntunewinSource = exports.prepareIntunewinPayload = exports.streamIntunewinPayload = exports.packageIntunewin = void 0;
/** Building .intunewin packages from a folder, on any OS. */
var packageIntunewin_1 = __webpack_require__(88010);
Object.defineProperty(exports, "packageIntunewin", ({ enumerable: true, get: function () { return packageIntunewin_1.packageIntunewin; } }));
var streamIntunewinPayload_1 = __webpack_require__(36362);
Object.defineProperty(exports, "streamIntunewinPayload", ({ enumerable: true, get: function () { return streamIntunewinPayload_1.streamIntunewinPayload; } }));
Object.defineProperty(exports, "prepareIntunewinPayload", ({ enumerable: true, get: function () { return streamIntunewinPayload_1.prepareIntunewinPayload; } }));
var describeIntunewinSource_1 = __webpack_require__(52216);
Object.defineProperty(exports, "describeIntunewinSource", ({ enumerable: true, get: function () { return describeIntunewinSource_1.describeIntunewinSource; } }));
var buildDetectionXml_1 = __webpack_require__(98307);
Object.defineProperty(exports, "buildDetectionXml", ({ enumerable: true, get: function () { return buildDetectionXml_1.buildDetectionXml; } }));
Object.defineProperty(exports, "TOOL_VERSION", ({ enumerable: true, get: function () { return buildDetectionXml_1.TOOL_VERSION; } }));
var crc32_1 = __webpack_require__(44104);
Object.defineProperty(exports, "crc32", ({ enumerable: true, get: function () { return crc32_1.crc32; } }));
Object.defineProperty(exports, "crc32Combine", ({ enumerable: true, get: function () { return crc32_1.crc32Combine; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 36864:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_COMPRESSION_LEVEL = void 0;
exports.fileEntries = fileEntries;
exports.innerZipStream = innerZipStream;
/**
 * The plaintext inner zip, streamed by yazl: one deflated entry per file, `/` separators, UTF-8 name flag,
 * DOS timestamps only (forceDosTimestamp: no extra fields, like Microsoft's), no directory entries.
 *
 * ZIP64: yazl switches by itself, per entry when a size or offset passes 0xFFFFFFFE (ZIP64 data descriptor
 * and central-directory extra) and for the end record at 65,535 entries or an offset past 4 GiB; so
 * `forceZip64Format` stays off and small packages keep plain records.
 * yazl streams each entry with a data descriptor (flag bit 3), because the compressed size is known only
 * after compressing; every zip reader, .NET's included, takes sizes from the central directory.
 */
const node_fs_1 = __webpack_require__(73024);
const yazl_1 = __webpack_require__(92736);
exports.DEFAULT_COMPRESSION_LEVEL = 6;
/** Regular file, rw-r--r--: fixed so the bytes don't depend on the build machine's umask. */
const FILE_MODE = 0o100644;
function fileEntries(files) {
    return files.map(f => ({
        name: f.name,
        size: f.size,
        mtime: f.mtime,
        open: () => (0, node_fs_1.createReadStream)(f.path),
    }));
}
/** Starts the zip; the returned stream errors if any entry fails (unreadable, or changed size mid-run). */
function innerZipStream(entries, opts = {}) {
    const zip = new yazl_1.ZipFile();
    const out = zip.outputStream;
    zip.on('error', (e) => out.destroy(opts.mapError ? opts.mapError(e) : e));
    const level = opts.compressionLevel ?? exports.DEFAULT_COMPRESSION_LEVEL;
    for (const entry of entries) {
        const mtime = opts.mtime ?? entry.mtime ?? new Date();
        zip.addReadStreamLazy(entry.name, { size: entry.size, mtime, mode: FILE_MODE, compressionLevel: level, forceDosTimestamp: true }, cb => {
            const stream = entry.open();
            stream.on('error', (e) => zip.emit('error', e));
            if (opts.onRead)
                stream.on('data', (c) => opts.onRead(c.length));
            cb(null, stream);
        });
    }
    zip.end();
    return out;
}
//# sourceMappingURL=innerZip.js.map

/***/ }),

/***/ 33369:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RESERVED_EXTRA = exports.DETECTION_ENTRY = exports.PAYLOAD_ENTRY = void 0;
exports.dosDateTime = dosDateTime;
exports.localHeaderLength = localHeaderLength;
exports.localHeader = localHeader;
exports.centralDirectoryAndEnd = centralDirectoryAndEnd;
/**
 * The outer .intunewin zip, written by hand: two stored entries (payload, then Detection.xml), no
 * directory entries, DOS timestamps, made-by 4.5 FAT / needs 1.0 like IntuneWinAppUtil, ZIP64 records
 * only where a size or offset needs them.
 *
 * The payload's length is known only once it is written, so its local header reserves a 20-byte extra
 * field: it becomes the ZIP64 sizes when the payload passed 4 GiB, and otherwise a 0xA220 padding
 * ("growth hint") field, the same kind System.IO.Packaging puts in Microsoft's own local headers.
 */
exports.PAYLOAD_ENTRY = 'IntuneWinPackage/Contents/IntunePackage.intunewin';
exports.DETECTION_ENTRY = 'IntuneWinPackage/Metadata/Detection.xml';
const LFH_SIG = 0x04034b50;
const CDH_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const MADE_BY = 45; // spec 4.5, host 0 (FAT), as Microsoft's tool writes
const NEEDS_PLAIN = 10;
const NEEDS_ZIP64 = 45;
const MAX32 = 0xffffffff;
exports.RESERVED_EXTRA = 20;
/** DOS date/time from the Date's local fields, like yazl (callers pass local-field dates for fixed stamps). */
function dosDateTime(d) {
    const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
    return {
        date: (((year - 1980) & 0x7f) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
        time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    };
}
const needs64 = (n) => n >= MAX32;
function writeU64(buf, n, at) {
    buf.writeUInt32LE(n % 0x100000000, at);
    buf.writeUInt32LE(Math.floor(n / 0x100000000), at + 4);
}
/** Length of the local header for `name` with `extraLength` extra bytes; the data follows it. */
function localHeaderLength(name, extraLength) {
    return 30 + Buffer.byteLength(name) + extraLength;
}
/** The local header (final values). A stored entry: compressed size == size. */
function localHeader(e) {
    const name = Buffer.from(e.name, 'utf8');
    const big = needs64(e.size);
    if (big && e.extraLength !== exports.RESERVED_EXTRA)
        throw new Error(`${e.name}: no room for ZIP64 sizes`);
    const h = Buffer.alloc(30 + name.length + e.extraLength);
    h.writeUInt32LE(LFH_SIG, 0);
    h.writeUInt16LE(big ? NEEDS_ZIP64 : NEEDS_PLAIN, 4);
    h.writeUInt16LE(0, 6); // flags: ASCII names, sizes in the header, no data descriptor
    h.writeUInt16LE(0, 8); // stored
    h.writeUInt16LE(e.dos.time, 10);
    h.writeUInt16LE(e.dos.date, 12);
    h.writeUInt32LE(e.crc32 >>> 0, 14);
    h.writeUInt32LE(big ? MAX32 : e.size, 18);
    h.writeUInt32LE(big ? MAX32 : e.size, 22);
    h.writeUInt16LE(name.length, 26);
    h.writeUInt16LE(e.extraLength, 28);
    name.copy(h, 30);
    const x = 30 + name.length;
    if (e.extraLength === exports.RESERVED_EXTRA) {
        if (big) {
            h.writeUInt16LE(0x0001, x);
            h.writeUInt16LE(16, x + 2);
            writeU64(h, e.size, x + 4); // original size
            writeU64(h, e.size, x + 12); // compressed size
        }
        else {
            h.writeUInt16LE(0xa220, x);
            h.writeUInt16LE(exports.RESERVED_EXTRA - 4, x + 2);
            h.writeUInt16LE(0xa028, x + 4); // growth-hint signature; the rest is zero padding
        }
    }
    else if (e.extraLength !== 0) {
        throw new Error(`${e.name}: unsupported extra length ${e.extraLength}`);
    }
    return h;
}
function centralHeader(e) {
    const name = Buffer.from(e.name, 'utf8');
    const bigSize = needs64(e.size);
    const bigOffset = needs64(e.offset);
    // ZIP64 extra holds only the fields whose 32-bit slot says 0xFFFFFFFF, in spec order.
    const z64 = [];
    if (bigSize)
        z64.push(e.size, e.size);
    if (bigOffset)
        z64.push(e.offset);
    const extraLength = z64.length ? 4 + 8 * z64.length : 0;
    const h = Buffer.alloc(46 + name.length + extraLength);
    h.writeUInt32LE(CDH_SIG, 0);
    h.writeUInt16LE(MADE_BY, 4);
    h.writeUInt16LE(z64.length ? NEEDS_ZIP64 : NEEDS_PLAIN, 6);
    h.writeUInt16LE(0, 8);
    h.writeUInt16LE(0, 10);
    h.writeUInt16LE(e.dos.time, 12);
    h.writeUInt16LE(e.dos.date, 14);
    h.writeUInt32LE(e.crc32 >>> 0, 16);
    h.writeUInt32LE(bigSize ? MAX32 : e.size, 20);
    h.writeUInt32LE(bigSize ? MAX32 : e.size, 24);
    h.writeUInt16LE(name.length, 28);
    h.writeUInt16LE(extraLength, 30);
    // comment length, disk start, internal attributes: 0; external attributes: FILE_ATTRIBUTE_ARCHIVE (0x20)
    h.writeUInt32LE(0x20, 38);
    h.writeUInt32LE(bigOffset ? MAX32 : e.offset, 42);
    name.copy(h, 46);
    if (z64.length) {
        const x = 46 + name.length;
        h.writeUInt16LE(0x0001, x);
        h.writeUInt16LE(8 * z64.length, x + 2);
        z64.forEach((v, i) => writeU64(h, v, x + 4 + 8 * i));
    }
    return h;
}
/** Central directory, then (when an offset needs it) the ZIP64 end record and locator, then the end record. */
function centralDirectoryAndEnd(entries, cdOffset) {
    const cd = Buffer.concat(entries.map(centralHeader));
    const parts = [cd];
    const big = needs64(cdOffset) || needs64(cd.length) || entries.length >= 0xffff;
    if (big) {
        const rec = Buffer.alloc(56);
        rec.writeUInt32LE(ZIP64_EOCD_SIG, 0);
        writeU64(rec, 56 - 12, 4);
        rec.writeUInt16LE(MADE_BY, 12);
        rec.writeUInt16LE(NEEDS_ZIP64, 14);
        writeU64(rec, entries.length, 24);
        writeU64(rec, entries.length, 32);
        writeU64(rec, cd.length, 40);
        writeU64(rec, cdOffset, 48);
        const loc = Buffer.alloc(20);
        loc.writeUInt32LE(ZIP64_LOCATOR_SIG, 0);
        writeU64(loc, cdOffset + cd.length, 8);
        loc.writeUInt32LE(1, 16);
        parts.push(rec, loc);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD_SIG, 0);
    end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
    end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
    end.writeUInt32LE(needs64(cd.length) ? MAX32 : cd.length, 12);
    end.writeUInt32LE(needs64(cdOffset) ? MAX32 : cdOffset, 16);
    parts.push(end);
    return Buffer.concat(parts);
}
//# sourceMappingURL=outerZip.js.map

/***/ }),

/***/ 88010:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.packageIntunewin = packageIntunewin;
/**
 * Builds a .intunewin from a folder in one streaming pass, with no temporary copy:
 *   folder -> yazl inner zip -> PayloadEncryptor -> outer zip file, at the payload's data offset + 32.
 * The HMAC (known at the end) is then written at the data offset, and the payload entry's local header is
 * rewritten with its size and CRC. That CRC is crc32_combine(CRC(HMAC), CRC(IV ‖ ciphertext)), the latter
 * computed while streaming, so the payload is never read back. Detection.xml and the central directory
 * follow the payload. A failed run removes the partial file.
 */
const node_fs_1 = __webpack_require__(73024);
const promises_1 = __webpack_require__(51455);
const node_stream_1 = __webpack_require__(57075);
const promises_2 = __webpack_require__(46466);
const payloadEncryptor_1 = __webpack_require__(36519);
const errors_1 = __webpack_require__(7324);
const logger_1 = __webpack_require__(71539);
const crc32_1 = __webpack_require__(44104);
const encryptedPayload_1 = __webpack_require__(27709);
const outerZip_1 = __webpack_require__(33369);
const sourceFolder_1 = __webpack_require__(66258);
/** Passes chunks through, keeping their CRC-32 and length. */
class CrcTap extends node_stream_1.Transform {
    crc = 0;
    length = 0;
    _transform(chunk, _enc, done) {
        this.crc = (0, crc32_1.crc32)(chunk, this.crc);
        this.length += chunk.length;
        done(null, chunk);
    }
}
async function writeAt(fh, buf, position) {
    let off = 0;
    while (off < buf.length) {
        const { bytesWritten } = await fh.write(buf, off, buf.length - off, position + off);
        off += bytesWritten;
    }
}
async function packageIntunewin(opts) {
    const logger = opts.logger ? (0, logger_1.safeLogger)(opts.logger) : logger_1.silentLogger;
    const prep = await (0, encryptedPayload_1.prepareSource)(opts);
    const outFile = await (0, sourceFolder_1.assertOutsideSource)(prep.listing.root, opts.outFile);
    const dos = (0, outerZip_1.dosDateTime)(prep.mtime ?? new Date());
    logger.info(`Packaging ${prep.listing.files.length} files (${prep.listing.totalBytes} bytes) from ${prep.listing.root}`);
    let fh;
    try {
        fh = await (0, promises_1.open)(outFile, 'w');
        const dataOffset = (0, outerZip_1.localHeaderLength)(outerZip_1.PAYLOAD_ENTRY, outerZip_1.RESERVED_EXTRA);
        // Placeholder header and HMAC; both are rewritten once the payload is known.
        await writeAt(fh, Buffer.alloc(dataOffset + payloadEncryptor_1.MAC_LENGTH), 0);
        const payload = (0, encryptedPayload_1.encryptedPayload)(prep, opts.seed, logger);
        const tap = new CrcTap();
        const sink = (0, node_fs_1.createWriteStream)('', { fd: fh.fd, start: dataOffset + payloadEncryptor_1.MAC_LENGTH, autoClose: false });
        await (0, promises_2.pipeline)(payload.stream, tap, sink);
        const result = await payload.finish;
        await writeAt(fh, result.mac, dataOffset);
        const payloadSize = payloadEncryptor_1.MAC_LENGTH + tap.length;
        if (payloadSize !== (0, payloadEncryptor_1.encryptedLength)(result.plainLength)) {
            throw new Error(`payload is ${payloadSize} bytes, expected ${(0, payloadEncryptor_1.encryptedLength)(result.plainLength)}`);
        }
        const first = {
            name: outerZip_1.PAYLOAD_ENTRY,
            crc32: (0, crc32_1.crc32Combine)((0, crc32_1.crc32)(result.mac), tap.crc, tap.length),
            size: payloadSize,
            offset: 0,
            dos,
            extraLength: outerZip_1.RESERVED_EXTRA,
        };
        const xml = Buffer.from((0, encryptedPayload_1.detectionXmlFor)(prep, result), 'utf8');
        const second = {
            name: outerZip_1.DETECTION_ENTRY,
            crc32: (0, crc32_1.crc32)(xml),
            size: xml.length,
            offset: dataOffset + payloadSize,
            dos,
            extraLength: 0,
        };
        const cdOffset = second.offset + (0, outerZip_1.localHeaderLength)(outerZip_1.DETECTION_ENTRY, 0) + xml.length;
        const tail = Buffer.concat([(0, outerZip_1.localHeader)(second), xml, (0, outerZip_1.centralDirectoryAndEnd)([first, second], cdOffset)]);
        await writeAt(fh, tail, second.offset);
        await writeAt(fh, (0, outerZip_1.localHeader)(first), 0);
        await fh.truncate(second.offset + tail.length);
        await fh.close();
        fh = undefined;
        const packageSize = (await (0, promises_1.stat)(outFile)).size;
        logger.info(`Wrote ${outFile} (${packageSize} bytes; payload ${payloadSize} bytes)`);
        return {
            outFile,
            name: prep.name,
            setupFile: prep.setupFile,
            fileCount: prep.listing.files.length,
            sourceBytes: prep.listing.totalBytes,
            unencryptedSize: result.plainLength,
            encryptedSize: payloadSize,
            packageSize,
            fileDigest: result.info.fileDigest,
            encryptionInfo: result.info,
            msi: prep.msi,
            deterministic: opts.seed !== undefined,
        };
    }
    catch (e) {
        await fh?.close().catch(() => undefined);
        await (0, promises_1.rm)(outFile, { force: true }).catch(() => undefined);
        if (e instanceof errors_1.IntunePublishError && e.code !== errors_1.ErrorCodes.PackagingFailed)
            throw e;
        throw (0, encryptedPayload_1.packagingError)(prep.listing.root, e);
    }
}
//# sourceMappingURL=packageIntunewin.js.map

/***/ }),

/***/ 66258:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sourceError = sourceError;
exports.listSourceFolder = listSourceFolder;
exports.assertOutsideSource = assertOutsideSource;
/**
 * Validates and lists the folder to package, before anything is written: every file the inner zip will
 * hold, with its entry name, the path to read and its size, sorted so that the same folder always gives
 * the same zip.
 *
 * Symlinks: followed only when their target (resolved fully) stays inside the folder; the entry takes the
 * link's name and the target's bytes. A link out of the folder, a dangling link or a loop is refused.
 * FIFOs, sockets and devices are refused (reading one would hang or never end).
 */
const node_fs_1 = __webpack_require__(73024);
const promises_1 = __webpack_require__(51455);
const path = __importStar(__webpack_require__(76760));
const errors_1 = __webpack_require__(7324);
function sourceError(field, message, fix) {
    return new errors_1.IntunePublishError(errors_1.ErrorCodes.InputInvalid, `${field}: ${message}`, { field, fix });
}
const inside = (root, p) => {
    const rel = path.relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};
function kindOf(st) {
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice())
        return 'a character device';
    return 'a block device or other special file';
}
async function resolveRoot(sourceDir) {
    const abs = path.resolve(sourceDir);
    let st;
    try {
        st = await (0, promises_1.stat)(abs);
    }
    catch {
        throw sourceError('source', `${abs} does not exist`, 'Pass --source the folder that holds the setup file.');
    }
    if (!st.isDirectory()) {
        throw sourceError('source', `${abs} is not a folder`, 'Pass --source a folder; the setup file goes in --setup.');
    }
    return (0, promises_1.realpath)(abs);
}
/** Walks `root`; `dir` is where we are (real path) and `prefix` the entry-name prefix that leads there. */
async function walk(root, dir, prefix, seen, out) {
    let names;
    try {
        names = (await (0, promises_1.readdir)(dir)).sort();
    }
    catch (e) {
        throw sourceError('source', `cannot list ${dir} (${e.code ?? e})`, 'Make the folder readable by the CI user.');
    }
    for (const base of names) {
        const full = path.join(dir, base);
        const name = prefix + base;
        if (base.includes('\\')) {
            throw sourceError('source', `${full}: the name contains "\\", which zip and Windows read as a folder separator`, 'Rename the file.');
        }
        let st = await (0, promises_1.lstat)(full);
        let target = full;
        if (st.isSymbolicLink()) {
            try {
                target = await (0, promises_1.realpath)(full);
            }
            catch {
                throw sourceError('source', `${full} is a symlink to nothing (dangling)`, 'Remove the link or restore its target.');
            }
            if (!inside(root, target)) {
                throw sourceError('source', `${full} is a symlink leading out of the folder (to ${target})`, 'Copy the target into the folder instead of linking to it; links out of the package are refused.');
            }
            st = await (0, promises_1.stat)(target);
        }
        if (st.isDirectory()) {
            if (seen.has(target)) {
                throw sourceError('source', `${full} links back to a folder already being packaged (a loop)`, 'Remove the link.');
            }
            seen.add(target);
            await walk(root, target, `${name}/`, seen, out);
            seen.delete(target);
        }
        else if (st.isFile()) {
            try {
                await (0, promises_1.access)(target, node_fs_1.constants.R_OK);
            }
            catch {
                throw sourceError('source', `${full} is not readable (permission denied)`, 'Fix the file permissions (chmod +r) or remove the file.');
            }
            out.push({ name, path: target, size: st.size, mtime: st.mtime });
        }
        else {
            throw sourceError('source', `${full} is ${kindOf(st)}, not a regular file`, 'Remove it from the folder; only files and folders can be packaged.');
        }
    }
}
/** Where the setup file sits, as an entry name; refuses paths outside the folder. */
function setupEntryName(sourceDir, root, setupFile) {
    const fix = 'Pass --setup a file inside --source, e.g. "setup.exe" or "bin/setup.exe" relative to the folder.';
    if (!setupFile.trim())
        throw sourceError('setup', 'is empty', fix);
    const given = path.resolve(path.resolve(sourceDir), setupFile);
    for (const base of [path.resolve(sourceDir), root]) {
        if (inside(base, given) && given !== base)
            return path.relative(base, given).split(path.sep).join('/');
    }
    throw sourceError('setup', `${setupFile} is not inside the source folder ${root}`, fix);
}
async function listSourceFolder(sourceDir, setupFile) {
    const root = await resolveRoot(sourceDir);
    const setupEntry = setupEntryName(sourceDir, root, setupFile);
    const files = [];
    await walk(root, root, '', new Set([root]), files);
    if (files.length === 0) {
        throw sourceError('source', `${root} has no files`, 'Point --source at the folder with the installer and its files.');
    }
    files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (!files.some(f => f.name === setupEntry)) {
        const abs = path.join(root, setupEntry);
        const st = await (0, promises_1.stat)(abs).catch(() => undefined);
        const what = st?.isDirectory() ? 'is a folder, not a file' : 'does not exist';
        throw sourceError('setup', `${setupEntry} ${what} in ${root}`, 'Pass --setup the installer file (relative to --source).');
    }
    return { root, files, setupEntry, totalBytes: files.reduce((n, f) => n + f.size, 0) };
}
/** Refuses an output file inside the source folder (it would package itself, or change under the walk). */
async function assertOutsideSource(root, outFile) {
    const abs = path.resolve(outFile);
    const dir = await (0, promises_1.realpath)(path.dirname(abs)).catch(() => {
        throw sourceError('out', `the folder ${path.dirname(abs)} does not exist`, 'Create the output folder first.');
    });
    const real = path.join(dir, path.basename(abs));
    if (inside(root, real)) {
        throw sourceError('out', `${abs} is inside the source folder ${root}`, 'Write the package outside --source, e.g. next to it.');
    }
    const st = await (0, promises_1.stat)(real).catch(() => undefined);
    if (st?.isDirectory())
        throw sourceError('out', `${abs} is a folder`, 'Pass --out a file path, e.g. app.intunewin.');
    return real;
}
//# sourceMappingURL=sourceFolder.js.map

/***/ }),

/***/ 36362:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.streamIntunewinPayload = streamIntunewinPayload;
exports.prepareIntunewinPayload = prepareIntunewinPayload;
/**
 * Packaging straight to the blob (`publish --source` without `--out`): the encrypted payload is streamed to
 * the uploader and never touches disk. Intune wants the plaintext size when the content file is created,
 * before the upload, and a deflated zip's size is known only by compressing; so `prepareIntunewinPayload`
 * makes one counting pass first (zip only, output discarded), then `open()` streams the real pass and checks
 * it came out the same size.
 */
const node_crypto_1 = __webpack_require__(77598);
const node_stream_1 = __webpack_require__(57075);
const promises_1 = __webpack_require__(46466);
const payloadEncryptor_1 = __webpack_require__(36519);
const errors_1 = __webpack_require__(7324);
const logger_1 = __webpack_require__(71539);
const encryptedPayload_1 = __webpack_require__(27709);
const innerZip_1 = __webpack_require__(36864);
function run(prep, opts, expectedSize) {
    const logger = opts.logger ? (0, logger_1.safeLogger)(opts.logger) : logger_1.silentLogger;
    const payload = (0, encryptedPayload_1.encryptedPayload)(prep, opts.seed, logger);
    const done = payload.finish.then(result => {
        if (expectedSize !== undefined && result.plainLength !== expectedSize) {
            throw new errors_1.IntunePublishError(errors_1.ErrorCodes.PackagingFailed, `packaging ${prep.listing.root}: the folder changed while it was being packaged (zip was ${expectedSize} bytes, now ${result.plainLength})`, { field: 'source', fix: 'Package a folder nothing else writes to during the publish, then re-run.' });
        }
        return {
            mac: result.mac,
            info: result.info,
            unencryptedSize: result.plainLength,
            detectionXml: (0, encryptedPayload_1.detectionXmlFor)(prep, result),
            name: prep.name,
            setupFile: prep.setupFile,
            msi: prep.msi,
        };
    });
    done.catch(() => undefined);
    return { stream: payload.stream, done };
}
/**
 * Streams the payload of the package `packageIntunewin` would write. Validation runs first; its errors (and
 * any read error) end `stream` with the error and reject `done`.
 */
function streamIntunewinPayload(opts) {
    const out = new node_stream_1.PassThrough();
    const done = (0, encryptedPayload_1.prepareSource)(opts).then(prep => {
        const inner = run(prep, opts);
        (0, promises_1.pipeline)(inner.stream, out).catch(() => undefined); // errors reach the reader through `out`
        return inner.done;
    });
    done.catch(e => out.destroy(e));
    return { stream: out, done };
}
/** Validates the folder and measures the inner zip with a counting pass; nothing is written anywhere. */
async function prepareIntunewinPayload(opts) {
    const prep = await (0, encryptedPayload_1.prepareSource)(opts);
    let size = 0;
    const sha = (0, node_crypto_1.createHash)('sha256');
    const counter = new node_stream_1.Writable({
        write(chunk, _enc, cb) {
            size += chunk.length;
            sha.update(chunk);
            cb();
        },
    });
    const root = prep.listing.root;
    try {
        await (0, promises_1.pipeline)((0, innerZip_1.innerZipStream)((0, innerZip_1.fileEntries)(prep.listing.files), {
            mtime: prep.mtime,
            compressionLevel: prep.compressionLevel,
            mapError: e => (0, encryptedPayload_1.packagingError)(root, e),
        }), counter);
    }
    catch (e) {
        throw (0, encryptedPayload_1.packagingError)(root, e);
    }
    return {
        size,
        sizeEncrypted: (0, payloadEncryptor_1.encryptedLength)(size),
        name: prep.name,
        setupFile: prep.setupFile,
        msi: prep.msi,
        fileCount: prep.listing.files.length,
        sourceBytes: prep.listing.totalBytes,
        digest: sha.digest('hex'),
        open: () => run(prep, opts, size),
    };
}
//# sourceMappingURL=streamIntunewinPayload.js.map

/***/ }),

/***/ 83214:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.grantedPermissions = grantedPermissions;
exports.checkPermissions = checkPermissions;
exports.adminConsentUrl = adminConsentUrl;
exports.consentInstructions = consentInstructions;
exports.assertPermissions = assertPermissions;
const errors_1 = __webpack_require__(7324);
function grantedPermissions(claims) {
    return [...new Set([...claims.roles, ...claims.scp])].sort();
}
function checkPermissions(claims, requirements) {
    const granted = grantedPermissions(claims);
    const have = new Set(granted.map(p => p.toLowerCase()));
    const unmet = requirements.filter(r => !r.anyOf.some(p => have.has(p.toLowerCase())));
    return { granted, missing: [...new Set(unmet.map(r => r.anyOf[0]))], unmet };
}
/** `https://<login host>/<tenant>/adminconsent?client_id=<clientId>`. */
function adminConsentUrl(c) {
    return `https://${c.loginHost}/${c.tenantId}/adminconsent?client_id=${c.clientId}`;
}
/** The clicks that grant `permissions`, as one sentence. */
function consentInstructions(permissions, c) {
    return ('Entra admin center → App registrations → <app> → API permissions → Add a permission → Microsoft Graph → ' +
        `Application permissions → ${permissions.join(', ')} → Add permissions → Grant admin consent for ${c.tenantId}` +
        ' (then run again: a new token carries the new permission).');
}
/** Throws PERMISSION_MISSING naming what to grant, the consent URL and what to click. */
function assertPermissions(claims, requirements, connection) {
    const check = checkPermissions(claims, requirements);
    if (check.unmet.length === 0)
        return check;
    const what = check.unmet.map(r => `${r.anyOf[0]} (to ${r.purpose})`).join(', ');
    const nothing = check.granted.length === 0 ? ' The token carries no permissions at all: nothing is consented yet.' : '';
    throw new errors_1.IntunePublishError(errors_1.ErrorCodes.PermissionMissing, `The app lacks the Graph permission ${what}.${nothing}`, {
        fix: `An admin can grant it at ${adminConsentUrl(connection)} or via ${consentInstructions(check.missing, connection)}`,
    });
}
//# sourceMappingURL=checkPermissions.js.map

/***/ }),

/***/ 24212:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.grantedPermissions = exports.consentInstructions = exports.adminConsentUrl = exports.assertPermissions = exports.checkPermissions = exports.Requirements = void 0;
var requirements_1 = __webpack_require__(47838);
Object.defineProperty(exports, "Requirements", ({ enumerable: true, get: function () { return requirements_1.Requirements; } }));
var checkPermissions_1 = __webpack_require__(83214);
Object.defineProperty(exports, "checkPermissions", ({ enumerable: true, get: function () { return checkPermissions_1.checkPermissions; } }));
Object.defineProperty(exports, "assertPermissions", ({ enumerable: true, get: function () { return checkPermissions_1.assertPermissions; } }));
Object.defineProperty(exports, "adminConsentUrl", ({ enumerable: true, get: function () { return checkPermissions_1.adminConsentUrl; } }));
Object.defineProperty(exports, "consentInstructions", ({ enumerable: true, get: function () { return checkPermissions_1.consentInstructions; } }));
Object.defineProperty(exports, "grantedPermissions", ({ enumerable: true, get: function () { return checkPermissions_1.grantedPermissions; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 47838:
/***/ ((__unused_webpack_module, exports) => {


/**
 * What each operation needs from Microsoft Graph. A requirement is satisfied by any one of its
 * alternatives (least privileged first, which is also what we tell an admin to grant).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Requirements = void 0;
exports.Requirements = {
    publish: { purpose: 'create and update Intune apps', anyOf: ['DeviceManagementApps.ReadWrite.All'] },
    readApps: {
        purpose: 'read Intune apps',
        anyOf: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    },
    groupsByName: {
        purpose: 'find groups by name',
        anyOf: [
            'GroupMember.Read.All',
            'Group.Read.All',
            'Directory.Read.All',
            'Group.ReadWrite.All',
            'Directory.ReadWrite.All',
        ],
    },
    filtersByName: {
        purpose: 'find assignment filters by name',
        anyOf: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    },
    scopeTagsByName: {
        purpose: 'find scope tags by name',
        anyOf: ['DeviceManagementRBAC.Read.All', 'DeviceManagementRBAC.ReadWrite.All'],
    },
};
//# sourceMappingURL=requirements.js.map

/***/ }),

/***/ 15401:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.diffMetadata = diffMetadata;
exports.sameValue = sameValue;
/** Fields that are not metadata (content, identity, housekeeping) or are diffed elsewhere. */
const SKIP = new Set(['@odata.type', 'rules', 'detectionRules', 'requirementRules', 'largeIcon', 'notes']);
function diffMetadata(current, next) {
    const changes = [];
    for (const [field, value] of Object.entries(next)) {
        if (SKIP.has(field))
            continue;
        const old = current?.[field];
        if (!sameValue(old, value))
            changes.push({ field, old: old ?? null, new: value });
    }
    if (current && 'largeIcon' in next && !sameIcon(current.largeIcon, next.largeIcon)) {
        changes.push({
            field: 'largeIcon',
            old: describeIcon(current.largeIcon),
            new: describeIcon(next.largeIcon),
        });
    }
    return changes;
}
/** Structural equality that ignores key order, treats null/undefined alike and enum-list order. */
function sameValue(a, b) {
    if ((a === null || a === undefined) && (b === null || b === undefined))
        return true;
    if (typeof a === 'string' && typeof b === 'string')
        return normalizeList(a) === normalizeList(b);
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
    if (isObject(a) && isObject(b)) {
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        for (const k of keys) {
            if (k === '@odata.type')
                continue;
            if (!sameValue(a[k], b[k]))
                return false;
        }
        return true;
    }
    return a === b;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
// Graph returns flags enums as comma lists in its own order ("x64,x86" vs "x86,x64").
function normalizeList(s) {
    return /^[A-Za-z0-9_]+(,\s*[A-Za-z0-9_]+)+$/.test(s)
        ? s
            .split(',')
            .map(x => x.trim())
            .sort()
            .join(',')
        : s;
}
function sameIcon(a, b) {
    return isObject(a) && isObject(b) ? a.value === b.value && a.type === b.type : !a && !b;
}
function describeIcon(icon) {
    if (!isObject(icon) || typeof icon.value !== 'string')
        return null;
    return `${String(icon.type)} (${Math.round((icon.value.length * 3) / 4 / 1024)} KiB)`;
}
//# sourceMappingURL=diffMetadata.js.map

/***/ }),

/***/ 69284:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderPlanText = renderPlanText;
exports.renderPlanMarkdown = renderPlanMarkdown;
/** The plan as text for a terminal and as markdown for job summaries. */
const formatBytes_1 = __webpack_require__(96585);
const ACTION_TEXT = {
    create: 'create a new app and upload the package',
    newContentVersion: 'upload the package as a new content version of the existing app',
    metadataOnly: 'keep the committed content (same package) and update metadata/assignments',
    unchanged: 'nothing: the same package, metadata and assignments are already in Intune',
};
function show(v) {
    if (v === null || v === undefined)
        return '(none)';
    const s = typeof v === 'string' ? v : JSON.stringify(v);
    return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
const fieldLine = (c) => `${c.field}: ${show(c.old)} -> ${show(c.new)}`;
const assignmentLine = (a) => `${a.intent} ${a.target}${a.details ? ` (${a.details})` : ''}`;
function sections(plan) {
    const p = plan.permissions;
    return [
        ['Metadata changes', plan.metadataChanges.map(fieldLine)],
        ['Rules added', plan.ruleChanges.added],
        ['Rules removed', plan.ruleChanges.removed],
        ['Assignments added', plan.assignments.added.map(assignmentLine)],
        ['Assignments changed', plan.assignments.changed.map(assignmentLine)],
        ['Assignments removed', plan.assignments.removed.map(assignmentLine)],
        ['Assignments kept', plan.assignments.kept.map(assignmentLine)],
        ['Relationships added', plan.relationships.added],
        ['Relationships removed', plan.relationships.removed],
        ['Categories added', plan.categories.added],
        ['Permissions', p.needed.map(n => `${n}: ${p.missing.includes(n) ? 'MISSING' : 'granted'}`)],
        ['Warnings', plan.warnings],
    ];
}
function renderPlanText(plan) {
    const head = [
        `Plan for ${plan.displayName} (${plan.appType}${plan.appId ? `, ${plan.appId}` : ', new'}):`,
        `  ${ACTION_TEXT[plan.action]}`,
        `  package ${plan.package.fileName} sha256 ${plan.package.sha256.slice(0, 16)}… ${plan.package.version ?? ''}`.trimEnd(),
        `  Graph ${plan.graphVersion}${plan.betaReasons.length ? ` (beta for: ${plan.betaReasons.join(', ')})` : ''}`,
    ];
    if (plan.action === 'create' || plan.action === 'newContentVersion') {
        head.push(`  upload ${(0, formatBytes_1.formatBytes)(plan.package.uploadBytes)}`);
    }
    for (const [title, lines] of sections(plan)) {
        if (lines.length)
            head.push(`  ${title}:`, ...lines.map(l => `    - ${l}`));
    }
    return head.join('\n');
}
function renderPlanMarkdown(plan) {
    const esc = (s) => s.replace(/\|/g, '\\|');
    const out = [
        `**${esc(plan.displayName)}** (\`${plan.appType}\`${plan.appId ? `, \`${plan.appId}\`` : ', new'}): ${ACTION_TEXT[plan.action]}.`,
        '',
        `| package | sha256 | version | Graph |`,
        `|---|---|---|---|`,
        `| ${esc(plan.package.fileName)} | \`${plan.package.sha256.slice(0, 16)}…\` | ${esc(plan.package.version ?? '')} | ${plan.graphVersion} |`,
    ];
    for (const [title, lines] of sections(plan)) {
        if (!lines.length)
            continue;
        out.push('', `**${title}**`, '', ...lines.map(l => `- ${esc(l)}`));
    }
    return out.join('\n');
}
//# sourceMappingURL=renderPlan.js.map

/***/ }),

/***/ 48294:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.emptyAssignmentPlan = emptyAssignmentPlan;
function emptyAssignmentPlan(mode = 'merge') {
    return { mode, added: [], changed: [], removed: [], kept: [] };
}
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 6591:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.appAdminUrl = appAdminUrl;
/** The Intune admin center deep link to an app, per cloud. */
const ADMIN_CENTER = {
    public: 'https://intune.microsoft.com',
    usgov: 'https://intune.microsoft.us',
    usgovdod: 'https://intune.microsoft.us',
    china: 'https://intune.microsoftonline.cn',
};
function appAdminUrl(cloud, appId) {
    const host = ADMIN_CENTER[cloud] ?? ADMIN_CENTER.public;
    return `${host}/#view/Microsoft_Intune_Apps/SettingsMenu/~/0/appId/${appId}`;
}
//# sourceMappingURL=appUrl.js.map

/***/ }),

/***/ 70109:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.executePublish = executePublish;
const errors_1 = __webpack_require__(7324);
const request_1 = __webpack_require__(9681);
const notesMarker_1 = __webpack_require__(27784);
const uploadContentVersion_1 = __webpack_require__(65785);
const waitFor_1 = __webpack_require__(92807);
async function waitPublished(apps, appId, deadlineMs) {
    await (0, waitFor_1.waitFor)(async () => {
        const app = await apps.getApp(appId);
        return app.publishingState === 'published'
            ? { done: true, value: undefined }
            : { done: false, state: app.publishingState };
    }, { what: 'Intune to publish the app', deadlineMs, initialDelayMs: 500, maxDelayMs: 10_000 });
}
/**
 * A 503/504 or a dropped connection on create may come after Graph already made the app. Look before trying
 * again, so a flaky moment never leaves two apps for one identity.
 */
async function createAppOnce(x) {
    const body = { ...x.body, notes: (0, notesMarker_1.renderNotes)(x.templateNotes, x.marker) };
    return (0, request_1.retryLoop)(() => x.apps.createApp(body), (outcome, attempt) => {
        const e = outcome.ok ? undefined : outcome.error;
        const ambiguous = e instanceof errors_1.IntunePublishError && [0, 500, 502, 503, 504].includes(e.status ?? -1);
        if (!ambiguous || attempt >= 4)
            return undefined;
        return {
            waitMs: (0, request_1.backoffMs)(attempt + 1, { baseDelayMs: 1000, maxDelayMs: 16_000 }),
            strategy: 'look-before-create',
            reason: (0, errors_1.errorLine)(e),
            beforeRetry: async () => {
                const found = await x.findAgain();
                if (found)
                    x.log.warn(`create answered ${(0, errors_1.errorLine)(e)}, but the app exists (${found.id}): going on with it`);
                else
                    x.log.debug(`create failed (${(0, errors_1.errorLine)(e)}); the app does not exist, retrying (${attempt}/3)`);
                return found;
            },
        };
    }, { maxTotalWaitMs: 60_000 });
}
async function executePublish(x) {
    const { plan, apps, log } = x;
    const deadline = x.stateDeadlineMs ?? 30 * 60_000;
    const odataType = String(x.body['@odata.type']);
    let appId = x.existing?.id;
    let createdHere = false;
    let committed = false;
    let contentVersion;
    let bytesUploaded = 0;
    let uploadDurationMs = 0;
    try {
        if (!appId) {
            const created = await createAppOnce(x);
            appId = created.id;
            createdHere = true;
            log.info(`created app ${appId} (${plan.displayName})`);
        }
        const upload = plan.action === 'create' || plan.action === 'newContentVersion';
        if (upload) {
            const r = await (0, uploadContentVersion_1.uploadContentVersion)({
                apps,
                appId,
                appType: plan.appType,
                fileName: x.fileName,
                manifest: x.manifest,
                source: x.source,
                log,
                dispatcher: x.dispatcher,
                concurrency: x.concurrency,
                blockSize: x.blockSize,
                stateDeadlineMs: deadline,
            });
            contentVersion = r.contentVersion;
            bytesUploaded = r.bytesUploaded;
            uploadDurationMs = r.uploadDurationMs;
        }
        else {
            contentVersion = x.existing?.committedContentVersion ?? undefined;
        }
        const notes = (0, notesMarker_1.renderNotes)(x.templateNotes ?? undefined, { ...x.marker, contentVersion });
        const patch = { ...x.body, '@odata.type': odataType, notes };
        if (upload)
            patch.committedContentVersion = contentVersion;
        if (upload ||
            plan.metadataChanges.length ||
            plan.ruleChanges.added.length ||
            plan.ruleChanges.removed.length) {
            // Right after a commit Intune may answer 400 for a while: the request layer retries it (protocol-notes).
            await apps.patchApp(appId, patch, upload);
        }
        committed = true;
        await waitPublished(apps, appId, deadline);
        await x.afterPublished?.(appId);
        return { appId, contentVersion, bytesUploaded, uploadDurationMs };
    }
    catch (e) {
        if (createdHere && !committed && appId) {
            await apps.deleteApp(appId).then(() => log.warn(`deleted the half-created app ${appId} after the failure; nothing is left behind`), d => log.warn(`could not delete the half-created app ${appId} (${(0, errors_1.errorLine)(d)}); the next run reuses it`));
        }
        throw e;
    }
}
//# sourceMappingURL=executePublish.js.map

/***/ }),

/***/ 55338:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.appIdentity = appIdentity;
exports.findExistingApp = findExistingApp;
/**
 * Finds the app a publish updates. An explicit app id wins. Otherwise the app type's identity key decides
 * (bundleId, packageId, MSI ProductCode, MSIX identity name, macOS primary bundle id); Win32 apps have no
 * such key, so they are matched by display name plus the marker intune-publish writes into their notes —
 * a same-named app somebody made by hand is never taken over.
 */
const errors_1 = __webpack_require__(7324);
const notesMarker_1 = __webpack_require__(27784);
const IDENTITY_PROPERTY = {
    win32LobApp: 'displayName',
    windowsMobileMSI: 'productCode',
    iosLobApp: 'bundleId',
    androidLobApp: 'packageId',
    windowsUniversalAppX: 'identityName',
    macOSPkgApp: 'primaryBundleId',
    macOSDmgApp: 'primaryBundleId',
};
function appIdentity(appType, body) {
    const property = IDENTITY_PROPERTY[appType];
    const raw = body[property];
    if (typeof raw !== 'string' || raw.trim() === '') {
        throw (0, errors_1.inputError)(`app.${property}`, `a ${appType} needs a ${property} to be found again on the next run`, `Set ${property} in the app template.`);
    }
    // GUIDs and bundle ids compare case-insensitively in Intune; names keep their case in the marker.
    const value = property === 'displayName' ? raw.trim() : raw.trim().toLowerCase();
    return { appType, property, value, key: `${appType}:${property}=${value}` };
}
function matches(app, id) {
    const marker = (0, notesMarker_1.parseNotesMarker)(app.notes);
    if (marker)
        return marker.identity === id.key;
    if (id.property === 'displayName')
        return false;
    const v = app[id.property];
    return typeof v === 'string' && v.trim().toLowerCase() === id.value;
}
async function findExistingApp(apps, identity, explicitAppId) {
    if (explicitAppId) {
        const app = await apps.getApp(explicitAppId).catch(e => {
            if (e instanceof errors_1.IntunePublishError && e.status === 404) {
                throw (0, errors_1.inputError)('app-id', `no app with id ${explicitAppId} in this tenant`, 'Check the id, or leave app-id empty to find the app by its identity.');
            }
            throw e;
        });
        const type = String(app['@odata.type'] ?? '').replace('#microsoft.graph.', '');
        if (type.toLowerCase() !== identity.appType.toLowerCase()) {
            throw (0, errors_1.inputError)('app-id', `app ${explicitAppId} is a ${type}, but the package is a ${identity.appType}`, 'Give the id of an app of the same type.');
        }
        return app;
    }
    const found = (await apps.listAppsOfType(identity.appType)).filter(a => matches(a, identity));
    if (found.length > 1) {
        throw new errors_1.IntunePublishError(errors_1.ErrorCodes.InputInvalid, `${found.length} ${identity.appType} apps match ${identity.property} "${identity.value}": ${found.map(a => `${a.id} ("${a.displayName ?? ''}")`).join(', ')}`, { field: 'app-id', fix: 'Give app-id to say which one to update.' });
    }
    return found[0];
}
//# sourceMappingURL=findExistingApp.js.map

/***/ }),

/***/ 25078:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IntuneApps = void 0;
const APPS = '/deviceAppManagement/mobileApps';
const q = (s) => s.replace(/'/g, "''");
class IntuneApps {
    graph;
    version;
    constructor(graph, 
    /** Version for app bodies: decided once per publish by the template layer. */
    version) {
        this.graph = graph;
        this.version = version;
    }
    content(appId, appType) {
        return `${APPS}/${appId}/microsoft.graph.${appType}/contentVersions`;
    }
    getApp(id) {
        return this.graph.get(`${APPS}/${id}`, { version: this.version });
    }
    /** Every app of one type; beta returns beta-only properties (displayVersion, roleScopeTagIds). */
    listAppsOfType(appType) {
        const filter = encodeURIComponent(`isof('microsoft.graph.${appType}')`);
        return this.graph.list(`${APPS}?$filter=${filter}`, { version: this.version });
    }
    listAppsByName(displayName) {
        const filter = encodeURIComponent(`displayName eq '${q(displayName)}'`);
        return this.graph.list(`${APPS}?$filter=${filter}`, { version: this.version });
    }
    /** Not retried on 503/504: Graph may have created the app before failing (see createAppOnce). */
    createApp(body) {
        return this.graph.post(APPS, body, { version: this.version, retryServerErrors: false });
    }
    /** `afterCommit`: the PATCH right after a commit, which Intune may refuse with 400 for a while. */
    patchApp(id, body, afterCommit = false) {
        return this.graph.patch(`${APPS}/${id}`, body, {
            version: this.version,
            transient: afterCommit ? 'patchAfterCommit' : undefined,
        });
    }
    deleteApp(id) {
        return this.graph.delete(`${APPS}/${id}`, { version: this.version });
    }
    async createContentVersion(appId, appType) {
        const cv = await this.graph.post(this.content(appId, appType), {}, { version: this.version });
        return cv.id;
    }
    createContentFile(appId, appType, cv, body) {
        // A 404 here is transient: the new content version is not visible yet (IntuneAppBuilder retries it).
        return this.graph.post(`${this.content(appId, appType)}/${cv}/files`, body, {
            version: this.version,
            transient: 'createContentFile',
        });
    }
    getContentFile(appId, appType, cv, fileId) {
        return this.graph.get(`${this.content(appId, appType)}/${cv}/files/${fileId}`, {
            version: this.version,
        });
    }
    async renewUpload(appId, appType, cv, fileId) {
        // An empty body broke renewals in IntuneWin32App (issue #3); Graph wants `{}`.
        await this.graph.post(`${this.content(appId, appType)}/${cv}/files/${fileId}/renewUpload`, {}, { version: this.version, idempotent: true });
    }
    async commitFile(appId, appType, cv, fileId, info) {
        await this.graph.post(`${this.content(appId, appType)}/${cv}/files/${fileId}/commit`, { fileEncryptionInfo: info }, { version: this.version });
    }
}
exports.IntuneApps = IntuneApps;
//# sourceMappingURL=intuneApps.js.map

/***/ }),

/***/ 27784:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The record intune-publish keeps in an app's `notes`: which identity the app stands for, which package
 * build its committed content came from, and where that build came from. It makes re-runs idempotent
 * (same digest → unchanged) and lets Win32 apps, which have no inherent identity key, be found again.
 *
 * The block sits at the end of the notes between two fixed lines, so admins' own notes above it are kept
 * untouched and a later run replaces only the block.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderNotes = renderNotes;
exports.stripMarker = stripMarker;
exports.parseNotesMarker = parseNotesMarker;
const BEGIN = '--- intune-publish (do not edit below) ---';
const END = '--- end intune-publish ---';
function renderNotes(userNotes, marker) {
    const lines = [BEGIN, `identity: ${marker.identity}`];
    if (marker.sha256)
        lines.push(`sha256: ${marker.sha256}`);
    if (marker.version)
        lines.push(`version: ${marker.version}`);
    if (marker.contentVersion)
        lines.push(`contentVersion: ${marker.contentVersion}`);
    for (const [k, v] of Object.entries(marker.extra))
        lines.push(`${k}: ${v.replace(/\r?\n/g, ' ')}`);
    lines.push(END);
    const own = stripMarker(userNotes ?? '').trimEnd();
    return own ? `${own}\n\n${lines.join('\n')}` : lines.join('\n');
}
/** The notes without our block: what the admin wrote. */
function stripMarker(notes) {
    const start = notes.indexOf(BEGIN);
    if (start < 0)
        return notes;
    const end = notes.indexOf(END, start);
    const tail = end < 0 ? '' : notes.slice(end + END.length);
    return (notes.slice(0, start) + tail).trimEnd();
}
function parseNotesMarker(notes) {
    if (!notes)
        return undefined;
    const start = notes.indexOf(BEGIN);
    if (start < 0)
        return undefined;
    const end = notes.indexOf(END, start);
    const body = notes.slice(start + BEGIN.length, end < 0 ? undefined : end);
    const fields = {};
    for (const line of body.split(/\r?\n/)) {
        const m = /^([A-Za-z][\w-]*):\s?(.*)$/.exec(line.trim());
        if (m)
            fields[m[1]] = m[2];
    }
    if (!fields.identity)
        return undefined;
    const { identity, sha256, version, contentVersion, ...extra } = fields;
    return { identity, sha256, version, contentVersion, extra };
}
//# sourceMappingURL=notesMarker.js.map

/***/ }),

/***/ 34839:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planExtras = planExtras;
const assign_1 = __webpack_require__(31113);
const types_1 = __webpack_require__(48294);
function planExtras(x) {
    const template = x.assignments ?? x.tpl.assignments;
    const supersedes = [...x.tpl.supersedes, ...(x.inputs.supersede ?? []).map(ref => refOf(ref))];
    let directory;
    return {
        requirements: (0, assign_1.neededPermissions)(x.assignments, x.tpl),
        async resolve() {
            const needs = (0, assign_1.directoryNeeds)(x.assignments, x.tpl, { allowEmptyGroups: x.inputs.allowEmptyGroups });
            directory = await (0, assign_1.resolveDirectory)(x.graph, needs, x.log);
            return { roleScopeTagIds: (0, assign_1.scopeTagIds)(x.tpl.scopeTags, directory.scopeTags) };
        },
        async plan(appId, newContent) {
            const dir = directory;
            const graph = x.graph;
            let assignments;
            if (template) {
                assignments = (0, assign_1.planAssignments)({
                    current: appId ? await (0, assign_1.readAssignments)(graph, appId) : [],
                    template,
                    appType: x.appType,
                    resolved: dir,
                    now: x.now ?? new Date(),
                    modeOverride: x.inputs.assignmentMode,
                    allowRequiredToAll: x.inputs.allowRequiredToAll,
                    renewRelativeTimes: newContent,
                });
            }
            let relationships;
            if (x.appType === 'win32LobApp' && (supersedes.length || x.tpl.dependencies.length)) {
                relationships = await (0, assign_1.planRelationships)({
                    current: appId ? await (0, assign_1.readRelationships)(graph, appId) : [],
                    supersedes,
                    dependencies: x.tpl.dependencies,
                    appId,
                    appType: x.appType,
                    resolveApp: r => (0, assign_1.resolveAppRef)(graph, r),
                    readRelationships: id => (0, assign_1.readRelationships)(graph, id),
                });
            }
            const current = appId && x.tpl.categories.length ? await (0, assign_1.readCategories)(graph, appId) : [];
            const categories = (0, assign_1.planCategories)(current.map(c => c.displayName), x.tpl.categories);
            return {
                view: {
                    assignments: assignments?.changes ?? (0, types_1.emptyAssignmentPlan)(x.inputs.assignmentMode ?? 'merge'),
                    relationships: relationships?.changes ?? { added: [], removed: [], kept: [] },
                    categories,
                },
                async apply(id) {
                    if (x.tpl.categories.length) {
                        const ids = x.tpl.categories.map(n => dir.categories[n]).filter((v) => Boolean(v));
                        await (0, assign_1.applyCategories)(graph, id, ids, current.map(c => c.id));
                    }
                    if (assignments)
                        await (0, assign_1.applyAssignments)(graph, id, assignments);
                    if (relationships)
                        await (0, assign_1.applyRelationships)(graph, id, relationships);
                },
            };
        },
    };
}
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function refOf(ref) {
    return GUID.test(ref) ? { id: ref, type: 'update' } : { name: ref, type: 'update' };
}
//# sourceMappingURL=planExtras.js.map

/***/ }),

/***/ 78033:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hasSameContent = hasSameContent;
exports.isHalfCreated = isHalfCreated;
exports.diffRules = diffRules;
exports.planPublish = planPublish;
/**
 * Works out what a publish will do, reading only. The same plan drives `plan`, `publish --dry-run` and
 * the real publish (which prints it before acting), so what is shown is what is done.
 */
const diffMetadata_1 = __webpack_require__(15401);
const types_1 = __webpack_require__(48294);
const notesMarker_1 = __webpack_require__(27784);
/** True when the app's committed content is this very build. */
function hasSameContent(existing, digest) {
    const marker = (0, notesMarker_1.parseNotesMarker)(existing?.notes);
    return Boolean(existing &&
        marker?.sha256 === digest &&
        marker.contentVersion &&
        existing.committedContentVersion === marker.contentVersion);
}
/** An app a failed run created and never committed content to: reused instead of making a second one. */
function isHalfCreated(existing) {
    return Boolean(existing && !existing.committedContentVersion && (0, notesMarker_1.parseNotesMarker)(existing.notes));
}
function ruleKey(r) {
    return JSON.stringify(r, Object.keys((r ?? {})).sort());
}
function describeRule(r) {
    const type = String(r['@odata.type'] ?? '').replace('#microsoft.graph.win32LobApp', '');
    const what = r.productCode ??
        r.keyPath ??
        (r.path ? `${String(r.path)}\\${String(r.fileOrFolderName ?? '')}` : r.displayName);
    return `${String(r.ruleType ?? '')} ${type} ${String(what ?? '')}`.replace(/\s+/g, ' ').trim();
}
function diffRules(current, next) {
    const a = Array.isArray(current) ? current : [];
    const b = Array.isArray(next) ? next : [];
    const ak = new Set(a.map(ruleKey));
    const bk = new Set(b.map(ruleKey));
    return {
        added: b.filter(r => !ak.has(ruleKey(r))).map(describeRule),
        removed: a.filter(r => !bk.has(ruleKey(r))).map(describeRule),
    };
}
function planPublish(p) {
    const { existing, body } = p;
    const metadataChanges = existing ? (0, diffMetadata_1.diffMetadata)(existing, body) : [];
    if (existing &&
        ((0, notesMarker_1.stripMarker)(existing.notes ?? '') || '') !== (p.templateNotes ?? '') &&
        p.templateNotes !== undefined) {
        metadataChanges.push({ field: 'notes', old: (0, notesMarker_1.stripMarker)(existing.notes ?? ''), new: p.templateNotes });
    }
    const ruleChanges = p.extras?.ruleChanges ?? (existing ? diffRules(existing.rules, body.rules) : { added: [], removed: [] });
    const assignments = p.extras?.assignments ?? (0, types_1.emptyAssignmentPlan)();
    const relationships = p.extras?.relationships ?? { added: [], removed: [], kept: [] };
    const categories = p.extras?.categories ?? { added: [], kept: [] };
    const otherChanges = metadataChanges.length +
        ruleChanges.added.length +
        ruleChanges.removed.length +
        assignments.added.length +
        assignments.changed.length +
        assignments.removed.length +
        relationships.added.length +
        relationships.removed.length +
        categories.added.length;
    let action;
    const warnings = [...p.warnings];
    if (!existing)
        action = 'create';
    else if (isHalfCreated(existing)) {
        action = 'create';
        warnings.push(`reusing app ${existing.id}, left half-created by an earlier run that failed`);
    }
    else if (hasSameContent(existing, p.digest))
        action = otherChanges ? 'metadataOnly' : 'unchanged';
    else
        action = 'newContentVersion';
    return {
        action,
        appType: p.pkg.appType,
        displayName: String(body.displayName ?? p.pkg.displayName ?? p.pkg.fileName),
        appId: existing?.id,
        graphVersion: p.graphVersion,
        betaReasons: p.betaReasons,
        package: {
            fileName: p.pkg.fileName,
            sha256: p.digest,
            version: p.pkg.version,
            size: p.pkg.fileSize,
            uploadBytes: action === 'create' || action === 'newContentVersion' ? p.uploadBytes : 0,
        },
        metadataChanges,
        ruleChanges,
        assignments,
        relationships,
        categories,
        permissions: p.permissions,
        warnings,
    };
}
//# sourceMappingURL=planPublish.js.map

/***/ }),

/***/ 66630:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preparePackage = preparePackage;
/**
 * Turns the user's "what to publish" (a package file, or a folder to package) into what the rest of the
 * flow needs: the package facts, the bytes to upload, and a digest that identifies this build across runs.
 */
const node_crypto_1 = __webpack_require__(77598);
const errors_1 = __webpack_require__(7324);
const packages_1 = __webpack_require__(27601);
const win32MsiDefaults_1 = __webpack_require__(72253);
const packaging_1 = __webpack_require__(58183);
async function preparePackage(inputs, log, opts = {}) {
    if (inputs.packagePath && inputs.source) {
        throw (0, errors_1.inputError)('package', 'give either a package file or a source folder, not both', 'Drop one of them.');
    }
    if (inputs.source)
        return inputs.source.outFile
            ? packageThenRead(inputs.source, log, opts)
            : packageOnTheFly(inputs.source, log);
    if (!inputs.packagePath) {
        throw (0, errors_1.inputError)('package', 'nothing to publish', 'Give --package FILE, or --source DIR with --setup FILE.');
    }
    return fromFile(inputs.packagePath, opts);
}
async function fromFile(path, opts) {
    const pkg = await (0, packages_1.readPackage)(path, {
        allowExpiredProvisioningProfile: opts.allowExpiredProvisioningProfile,
    });
    const c = pkg.content;
    if (c.mode === 'preEncrypted') {
        return {
            pkg,
            digest: Buffer.from(c.encryptionInfo.fileDigest, 'base64').toString('hex'),
            source: {
                kind: 'fileRange',
                path: c.path,
                offset: c.offset,
                length: c.length,
                size: c.unencryptedSize,
                info: c.encryptionInfo,
            },
        };
    }
    return { pkg, digest: pkg.sha256, source: { kind: 'encryptFile', path: c.path, size: c.size } };
}
// A random seed gives fresh keys and, as a side effect we want, fixed zip timestamps: the inner zip's digest
// then depends on the folder's content alone, so an unchanged folder is recognised as the same build.
const runSeed = () => (0, node_crypto_1.randomBytes)(16).toString('hex');
async function packageThenRead(source, log, opts) {
    const outFile = source.outFile;
    await (0, packaging_1.packageIntunewin)({
        sourceDir: source.dir,
        setupFile: source.setupFile,
        outFile,
        seed: runSeed(),
        logger: log,
    });
    log.info(`packaged ${source.dir} into ${outFile}`);
    return fromFile(outFile, opts);
}
async function packageOnTheFly(source, log) {
    const prepared = await (0, packaging_1.prepareIntunewinPayload)({
        sourceDir: source.dir,
        setupFile: source.setupFile,
        seed: runSeed(),
        logger: log,
    });
    const msi = prepared.msi;
    const pkg = {
        kind: 'intunewin',
        appType: 'win32LobApp',
        fileName: 'IntunePackage.intunewin',
        fileSize: prepared.sizeEncrypted,
        sha256: prepared.digest,
        displayName: prepared.name,
        publisher: msi?.manufacturer,
        version: msi?.productVersion,
        identity: msi ? { property: 'productCode', value: msi.productCode } : undefined,
        graphProps: {
            fileName: 'IntunePackage.intunewin',
            setupFilePath: prepared.setupFile,
            ...(msi ? (0, win32MsiDefaults_1.win32MsiProps)(msi, prepared.setupFile, msi.productName) : {}),
        },
        manifest: null,
        content: { mode: 'encryptOnUpload', path: source.dir, size: prepared.size },
        facts: {
            source: source.dir,
            files: prepared.fileCount,
            sourceBytes: prepared.sourceBytes,
            setupFile: prepared.setupFile,
        },
        warnings: [],
        msi,
    };
    return {
        pkg,
        digest: prepared.digest,
        source: {
            kind: 'encryptedStream',
            size: prepared.size,
            sizeEncrypted: prepared.sizeEncrypted,
            open: () => {
                const run = prepared.open();
                return { stream: run.stream, done: run.done.then(r => ({ mac: r.mac, info: r.info })) };
            },
        },
    };
}
//# sourceMappingURL=preparePackage.js.map

/***/ }),

/***/ 32892:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.publish = publish;
const connection_1 = __webpack_require__(47032);
const errors_1 = __webpack_require__(7324);
const logger_1 = __webpack_require__(71539);
const permissions_1 = __webpack_require__(24212);
const renderPlan_1 = __webpack_require__(69284);
const templates_1 = __webpack_require__(97231);
const appUrl_1 = __webpack_require__(6591);
const executePublish_1 = __webpack_require__(70109);
const findExistingApp_1 = __webpack_require__(55338);
const intuneApps_1 = __webpack_require__(25078);
const notesMarker_1 = __webpack_require__(27784);
const planPublish_1 = __webpack_require__(78033);
const preparePackage_1 = __webpack_require__(66630);
const session_1 = __webpack_require__(76508);
const planExtras_1 = __webpack_require__(34839);
function checkNumber(field, v, min, max) {
    if (v === undefined)
        return;
    if (!Number.isInteger(v) || v < min || v > max) {
        throw (0, errors_1.inputError)(field, `must be a whole number from ${min} to ${max}, got ${String(v)}`, `Set ${field} between ${min} and ${max}.`);
    }
}
async function loadTemplates(inputs) {
    const tpl = await (0, templates_1.loadAppTemplate)(inputs.appTemplate ?? {});
    const assignments = inputs.assignments !== undefined ? await (0, templates_1.loadAssignmentTemplate)(inputs.assignments) : tpl.assignments;
    return { tpl, assignments };
}
async function publish(inputs, logger, opts = {}) {
    const started = Date.now();
    const log = (0, logger_1.safeLogger)(logger);
    checkNumber('concurrency', inputs.concurrency, 1, 64);
    checkNumber('block-size-mib', inputs.blockSizeMiB, 1, 100);
    const resolved = (0, connection_1.resolveConnection)(inputs.connection, log);
    const { tpl, assignments } = await loadTemplates(inputs);
    const prepared = await (0, preparePackage_1.preparePackage)(inputs, log, {
        allowExpiredProvisioningProfile: opts.allowExpiredProvisioningProfile,
    });
    const { pkg } = prepared;
    // Built once before signing in, so template problems are reported without touching the network.
    (0, templates_1.buildAppBody)(pkg, tpl);
    const session = await (0, session_1.openSession)(resolved, log, opts.env, { retry: opts.retry });
    try {
        const extras = (0, planExtras_1.planExtras)({
            graph: session.graph,
            tpl,
            assignments,
            inputs,
            appType: pkg.appType,
            log,
            now: opts.now,
        });
        const requirements = [
            inputs.dryRun ? permissions_1.Requirements.readApps : permissions_1.Requirements.publish,
            ...extras.requirements,
        ];
        const perms = inputs.dryRun
            ? (0, permissions_1.checkPermissions)(session.claims, requirements)
            : (0, permissions_1.assertPermissions)(session.claims, requirements, resolved);
        const permissions = {
            needed: requirements.map(r => r.anyOf[0]),
            granted: perms.granted,
            missing: perms.missing,
        };
        const directory = await extras.resolve();
        const built = (0, templates_1.buildAppBody)(pkg, tpl, { roleScopeTagIds: directory.roleScopeTagIds });
        const apps = new intuneApps_1.IntuneApps(session.graph, built.version);
        const identity = (0, findExistingApp_1.appIdentity)(pkg.appType, built.body);
        const existing = await (0, findExistingApp_1.findExistingApp)(apps, identity, inputs.appId);
        const templateNotes = typeof tpl.props.notes === 'string' ? tpl.props.notes : (0, notesMarker_1.stripMarker)(existing?.notes ?? '') || undefined;
        const extraPlan = await extras.plan(existing?.id, !(0, planPublish_1.hasSameContent)(existing, prepared.digest));
        const plan = (0, planPublish_1.planPublish)({
            pkg,
            digest: prepared.digest,
            body: built.body,
            graphVersion: built.version,
            betaReasons: built.betaReasons,
            existing,
            uploadBytes: prepared.source.kind === 'fileRange' ? prepared.source.length : pkg.fileSize,
            templateNotes,
            warnings: [...pkg.warnings, ...built.warnings],
            extras: extraPlan.view,
            permissions,
        });
        log.info((0, renderPlan_1.renderPlanText)(plan));
        const base = {
            appType: pkg.appType,
            displayName: plan.displayName,
            plan,
            packageFacts: {
                ...pkg.facts,
                fileName: pkg.fileName,
                sha256: prepared.digest,
                ...(pkg.version ? { version: pkg.version } : {}),
            },
        };
        const finish = (status, appId, contentVersion, bytesUploaded = 0, uploadDurationMs = 0) => ({
            ...base,
            status,
            appId,
            appUrl: appId ? (0, appUrl_1.appAdminUrl)(resolved.cloud, appId) : undefined,
            contentVersion: contentVersion ?? undefined,
            bytesUploaded,
            uploadDurationMs,
            durationMs: Date.now() - started,
        });
        if (inputs.dryRun)
            return finish('planned', existing?.id, existing?.committedContentVersion);
        if (plan.action === 'unchanged') {
            log.info(`${plan.displayName} is unchanged: nothing uploaded, nothing changed`);
            return finish('unchanged', existing?.id, existing?.committedContentVersion);
        }
        const result = await (0, executePublish_1.executePublish)({
            plan,
            apps,
            body: built.body,
            existing,
            marker: {
                identity: identity.key,
                sha256: prepared.digest,
                version: pkg.version,
                extra: inputs.provenance ?? {},
            },
            templateNotes,
            source: prepared.source,
            fileName: pkg.fileName,
            manifest: pkg.manifest,
            log,
            dispatcher: session.http.dispatcher,
            concurrency: inputs.concurrency,
            blockSize: inputs.blockSizeMiB === undefined ? undefined : inputs.blockSizeMiB * 1048576,
            stateDeadlineMs: opts.stateDeadlineMs,
            findAgain: () => (0, findExistingApp_1.findExistingApp)(apps, identity),
            afterPublished: appId => extraPlan.apply(appId),
        });
        const created = plan.action === 'create';
        log.info(`${created ? 'created' : 'updated'} ${plan.displayName}: app ${result.appId}, content version ${result.contentVersion ?? '-'}`);
        return finish(created ? 'created' : 'updated', result.appId, result.contentVersion, result.bytesUploaded, result.uploadDurationMs);
    }
    finally {
        await session.close();
    }
}
//# sourceMappingURL=publish.js.map

/***/ }),

/***/ 76508:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.openSession = openSession;
/**
 * A signed-in Graph session for one run: the connection validated, one HTTP client (proxy, extra CA), a
 * token provider that refreshes during long uploads, and the claims the permission checks read.
 */
const auth_1 = __webpack_require__(79538);
const graph_1 = __webpack_require__(2900);
const http_1 = __webpack_require__(75016);
async function openSession(resolved, log, env = process.env, graphOptions = {}) {
    const http = (0, http_1.createHttpClient)({ caPem: resolved.caPem, env });
    try {
        const tokens = (0, auth_1.createTokenProvider)(resolved, http, log);
        const token = await tokens.getToken();
        const graph = (0, graph_1.createGraphClient)(resolved, tokens, http, log, graphOptions);
        return { resolved, http, tokens, graph, claims: token.claims, close: () => http.close() };
    }
    catch (e) {
        await http.close();
        throw e;
    }
}
//# sourceMappingURL=session.js.map

/***/ }),

/***/ 65785:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.uploadContentVersion = uploadContentVersion;
/**
 * One content version: create it, create the content file with its sizes, wait for the SAS URI, stream
 * the blob up (renewing the SAS as needed), check our own work, commit, and wait for Intune's verdict.
 * commitFileFailed is terminal for a file (protocol §3.2), so a failed commit is retried once on a fresh
 * content version; a second failure is reported with what it usually means.
 */
const node_fs_1 = __webpack_require__(73024);
const payloadEncryptor_1 = __webpack_require__(36519);
const errors_1 = __webpack_require__(7324);
const formatBytes_1 = __webpack_require__(96585);
const upload_1 = __webpack_require__(16617);
const encryptingSource_1 = __webpack_require__(27063);
const payloadVerifier_1 = __webpack_require__(54127);
const fileRangeSource_1 = __webpack_require__(23859);
const selfCheck_1 = __webpack_require__(73235);
const uploadBlob_1 = __webpack_require__(44999);
const waitFor_1 = __webpack_require__(92807);
const COMMIT_FAILED_MEANING = 'Intune could not verify the uploaded file (commitFileFailed). It usually means the bytes or the encryption ' +
    'info do not match: a package re-encrypted or changed after it was made, a .intunewin not made by ' +
    "Microsoft's tool or a compatible one, or a proxy altering uploads.";
function sizes(source) {
    switch (source.kind) {
        case 'fileRange':
            return { size: source.size, sizeEncrypted: source.length };
        case 'encryptFile':
            return { size: source.size, sizeEncrypted: (0, payloadEncryptor_1.encryptedLength)(source.size) };
        case 'encryptedStream':
            return { size: source.size, sizeEncrypted: source.sizeEncrypted };
    }
}
/**
 * The uploader's view of the content, plus where the commit info comes from: Detection.xml for a
 * .intunewin, the uploader's encryptor for a file, or the packager's stream for an on-the-fly package.
 */
function blockSource(source) {
    switch (source.kind) {
        case 'fileRange': {
            // The payload is checked against its own Detection.xml as it streams, and refused before the commit.
            const verifier = (0, payloadVerifier_1.payloadVerifier)(source.path, source.info, source.size);
            return {
                blocks: (0, fileRangeSource_1.fileRangeSource)(source.path, source.offset, source.length, data => verifier.feed(data)),
                info: async () => {
                    verifier.finish();
                    return source.info;
                },
            };
        }
        case 'encryptFile':
            return {
                blocks: (0, encryptingSource_1.encryptingSource)(() => (0, node_fs_1.createReadStream)(source.path, { highWaterMark: 1 << 20 }), (0, payloadEncryptor_1.generateContentKeys)(), {
                    plainLength: source.size,
                }),
                info: async (stats) => encryptorInfo(stats),
            };
        case 'encryptedStream': {
            let done;
            const blocks = (0, encryptingSource_1.encryptedStreamSource)(() => {
                const run = source.open();
                done = run.done;
                return { stream: run.stream, finish: run.done.then(d => d.mac) };
            }, { length: source.sizeEncrypted });
            return { blocks, info: async () => (await done).info };
        }
    }
}
function encryptorInfo(stats) {
    if (!stats.encryption)
        throw new Error('the encrypting upload finished without its encryption result');
    return stats.encryption.info;
}
/** Polls a content file until it leaves `pending`; `*Failed`/`*TimedOut` end the wait with an error. */
function fileState(opts, cv, fileId, success, what) {
    const { apps, appId, appType } = opts;
    return (0, waitFor_1.waitFor)(async () => {
        const file = await apps.getContentFile(appId, appType, cv, fileId);
        if (file.uploadState === success)
            return { done: true, value: file };
        if (/Failed$|TimedOut$/.test(file.uploadState) || file.uploadState === 'error') {
            throw new errors_1.IntunePublishError(file.uploadState.startsWith('commitFile') ? errors_1.ErrorCodes.CommitFailed : errors_1.ErrorCodes.UploadFailed, `Intune ended ${what} in state ${file.uploadState}${file.errorDescription ? `: ${String(file.errorDescription)}` : ''}`, {
                graphCode: file.uploadState,
                fix: file.uploadState === 'commitFileFailed'
                    ? COMMIT_FAILED_MEANING
                    : 'Re-run; the run is idempotent.',
            });
        }
        return { done: false, state: file.uploadState };
    }, { what, deadlineMs: opts.stateDeadlineMs ?? 30 * 60_000, initialDelayMs: 250, maxDelayMs: 5000 });
}
async function attempt(opts) {
    const { apps, appId, appType, log } = opts;
    const { size, sizeEncrypted } = sizes(opts.source);
    const cv = await apps.createContentVersion(appId, appType);
    const created = await apps.createContentFile(appId, appType, cv, {
        '@odata.type': '#microsoft.graph.mobileAppContentFile',
        name: opts.fileName,
        size,
        sizeEncrypted,
        manifest: opts.manifest,
        isDependency: false,
    });
    const ready = await fileState(opts, cv, created.id, 'azureStorageUriRequestSuccess', `the upload URI for ${opts.fileName}`);
    const sasUrl = String(ready.azureStorageUri);
    (0, upload_1.registerSasSecret)(sasUrl, log);
    log.info(`uploading ${opts.fileName}: ${(0, formatBytes_1.formatBytes)(sizeEncrypted)} to content version ${cv}`);
    const { blocks, info: commitInfo } = blockSource(opts.source);
    const stats = await (0, uploadBlob_1.uploadBlob)({
        sasUrl,
        sasExpiresOn: ready.azureStorageUriExpirationDateTime
            ? new Date(ready.azureStorageUriExpirationDateTime)
            : undefined,
        renew: async () => {
            await apps.renewUpload(appId, appType, cv, created.id);
            const renewed = await fileState(opts, cv, created.id, 'azureStorageUriRenewalSuccess', 'the upload URI renewal');
            const url = String(renewed.azureStorageUri);
            (0, upload_1.registerSasSecret)(url, log);
            const exp = renewed.azureStorageUriExpirationDateTime;
            return { url, expiresOn: exp ? new Date(exp) : undefined };
        },
        source: blocks,
        concurrency: opts.concurrency,
        blockSize: opts.blockSize,
        dispatcher: opts.dispatcher,
        logger: log,
    });
    const info = await commitInfo(stats);
    (0, selfCheck_1.selfCheck)({
        expectedSize: size,
        expectedEncryptedSize: sizeEncrypted,
        uploadedBytes: stats.bytesUploaded,
        mac: opts.source.kind === 'fileRange' ? undefined : stats.mac,
        encryption: stats.encryption,
        info,
    });
    await apps.commitFile(appId, appType, cv, created.id, info);
    await fileState(opts, cv, created.id, 'commitFileSuccess', `the commit of ${opts.fileName}`);
    log.info(`committed ${opts.fileName} as content version ${cv} (${stats.retries} retries, ${stats.renewals} SAS renewals)`);
    return { contentVersion: cv, bytesUploaded: stats.bytesUploaded, uploadDurationMs: stats.durationMs };
}
async function uploadContentVersion(opts) {
    const attempts = Math.max(1, opts.commitAttempts ?? 2);
    for (let i = 1;; i++) {
        try {
            return await attempt(opts);
        }
        catch (e) {
            const commitFailed = e instanceof errors_1.IntunePublishError && e.graphCode === 'commitFileFailed';
            if (!commitFailed || i >= attempts)
                throw e;
            opts.log.warn(`commit failed; retrying once on a new content version (${e.message})`);
        }
    }
}
//# sourceMappingURL=uploadContentVersion.js.map

/***/ }),

/***/ 92807:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.waitFor = waitFor;
/**
 * Polls until a condition is met, with backoff and an overall deadline. Intune's state machines are
 * asynchronous and their timing is not documented (seconds for small files, minutes for large commits),
 * so the intervals grow and the deadline is what bounds the wait.
 */
const errors_1 = __webpack_require__(7324);
const defaultSleep = (ms) => new Promise(r => setTimeout(r, ms));
async function waitFor(poll, opts) {
    const sleep = opts.sleep ?? defaultSleep;
    const started = Date.now();
    let delay = opts.initialDelayMs ?? 500;
    const maxDelay = opts.maxDelayMs ?? 10_000;
    let lastState;
    for (;;) {
        if (opts.signal?.aborted)
            throw opts.signal.reason;
        const outcome = await poll();
        if (outcome.done)
            return outcome.value;
        lastState = outcome.state ?? lastState;
        const elapsed = Date.now() - started;
        if (elapsed + delay > opts.deadlineMs) {
            throw new errors_1.IntunePublishError(errors_1.ErrorCodes.Timeout, `Timed out after ${Math.round(elapsed / 1000)} s waiting for ${opts.what}` +
                (lastState ? ` (last state: ${lastState})` : ''), { fix: 'Intune may be slow right now: re-run later; the run is idempotent.' });
        }
        await sleep(delay);
        delay = Math.min(maxDelay, Math.round(delay * 1.5));
    }
}
//# sourceMappingURL=waitFor.js.map

/***/ }),

/***/ 9681:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isIdempotent = exports.CLIENT_REQUEST_ID = exports.stampRequestId = exports.requestLogPolicy = exports.requestIdPolicy = exports.innermostMessage = exports.networkErrorCode = exports.retryAfterMs = exports.parseRetryAfter = exports.resolveRetrySettings = exports.INTUNE_TRANSIENT_DELAYS = exports.BLOB_RETRY = exports.GRAPH_RETRY = exports.graphStrategies = exports.intuneTransientStrategy = exports.exponentialStrategy = exports.throttlingStrategy = exports.backoffMs = exports.answerReason = exports.describeRequest = exports.retryPolicy = exports.defaultSleep = exports.retryLoop = exports.composePipeline = void 0;
var pipeline_1 = __webpack_require__(38371);
Object.defineProperty(exports, "composePipeline", ({ enumerable: true, get: function () { return pipeline_1.composePipeline; } }));
var retryLoop_1 = __webpack_require__(32489);
Object.defineProperty(exports, "retryLoop", ({ enumerable: true, get: function () { return retryLoop_1.retryLoop; } }));
Object.defineProperty(exports, "defaultSleep", ({ enumerable: true, get: function () { return retryLoop_1.defaultSleep; } }));
var retryPolicy_1 = __webpack_require__(72437);
Object.defineProperty(exports, "retryPolicy", ({ enumerable: true, get: function () { return retryPolicy_1.retryPolicy; } }));
Object.defineProperty(exports, "describeRequest", ({ enumerable: true, get: function () { return retryPolicy_1.describeRequest; } }));
var retryStrategies_1 = __webpack_require__(11746);
Object.defineProperty(exports, "answerReason", ({ enumerable: true, get: function () { return retryStrategies_1.answerReason; } }));
Object.defineProperty(exports, "backoffMs", ({ enumerable: true, get: function () { return retryStrategies_1.backoffMs; } }));
Object.defineProperty(exports, "throttlingStrategy", ({ enumerable: true, get: function () { return retryStrategies_1.throttlingStrategy; } }));
Object.defineProperty(exports, "exponentialStrategy", ({ enumerable: true, get: function () { return retryStrategies_1.exponentialStrategy; } }));
Object.defineProperty(exports, "intuneTransientStrategy", ({ enumerable: true, get: function () { return retryStrategies_1.intuneTransientStrategy; } }));
Object.defineProperty(exports, "graphStrategies", ({ enumerable: true, get: function () { return retryStrategies_1.graphStrategies; } }));
Object.defineProperty(exports, "GRAPH_RETRY", ({ enumerable: true, get: function () { return retryStrategies_1.GRAPH_RETRY; } }));
Object.defineProperty(exports, "BLOB_RETRY", ({ enumerable: true, get: function () { return retryStrategies_1.BLOB_RETRY; } }));
Object.defineProperty(exports, "INTUNE_TRANSIENT_DELAYS", ({ enumerable: true, get: function () { return retryStrategies_1.INTUNE_TRANSIENT_DELAYS; } }));
Object.defineProperty(exports, "resolveRetrySettings", ({ enumerable: true, get: function () { return retryStrategies_1.resolveRetrySettings; } }));
var retryAfter_1 = __webpack_require__(69925);
Object.defineProperty(exports, "parseRetryAfter", ({ enumerable: true, get: function () { return retryAfter_1.parseRetryAfter; } }));
Object.defineProperty(exports, "retryAfterMs", ({ enumerable: true, get: function () { return retryAfter_1.retryAfterMs; } }));
var networkErrors_1 = __webpack_require__(17884);
Object.defineProperty(exports, "networkErrorCode", ({ enumerable: true, get: function () { return networkErrors_1.networkErrorCode; } }));
Object.defineProperty(exports, "innermostMessage", ({ enumerable: true, get: function () { return networkErrors_1.innermostMessage; } }));
var requestLogPolicy_1 = __webpack_require__(34562);
Object.defineProperty(exports, "requestIdPolicy", ({ enumerable: true, get: function () { return requestLogPolicy_1.requestIdPolicy; } }));
Object.defineProperty(exports, "requestLogPolicy", ({ enumerable: true, get: function () { return requestLogPolicy_1.requestLogPolicy; } }));
Object.defineProperty(exports, "stampRequestId", ({ enumerable: true, get: function () { return requestLogPolicy_1.stampRequestId; } }));
Object.defineProperty(exports, "CLIENT_REQUEST_ID", ({ enumerable: true, get: function () { return requestLogPolicy_1.CLIENT_REQUEST_ID; } }));
var types_1 = __webpack_require__(72192);
Object.defineProperty(exports, "isIdempotent", ({ enumerable: true, get: function () { return types_1.isIdempotent; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 17884:
/***/ ((__unused_webpack_module, exports) => {


/** Network errors (undici and Node) that a fresh connection can fix: a dropped socket, a timeout. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.networkErrorCode = networkErrorCode;
exports.innermostMessage = innermostMessage;
const RETRY_CODES = new Set([
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
]);
/** The code of a retryable network error, looking through `cause` chains (fetch wraps them). */
function networkErrorCode(err) {
    let e = err;
    for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
        const code = e.code;
        if (typeof code === 'string' && RETRY_CODES.has(code))
            return code;
        e = e.cause;
    }
    return undefined;
}
/** The innermost message of an error, for one log line ("other side closed", not "fetch failed"). */
function innermostMessage(err) {
    if (!(err instanceof Error))
        return String(err);
    const cause = err.cause;
    return cause instanceof Error ? cause.message : err.message;
}
//# sourceMappingURL=networkErrors.js.map

/***/ }),

/***/ 38371:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.composePipeline = composePipeline;
function composePipeline(policies, transport) {
    return policies.reduceRight((next, policy) => (request) => policy.sendRequest(request, next), transport);
}
//# sourceMappingURL=pipeline.js.map

/***/ }),

/***/ 34562:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLIENT_REQUEST_ID = void 0;
exports.stampRequestId = stampRequestId;
exports.requestIdPolicy = requestIdPolicy;
exports.requestLogPolicy = requestLogPolicy;
/**
 * Stamps every call with a client request id (Graph: `client-request-id`, Azure Storage:
 * `x-ms-client-request-id`) and logs one sanitized debug line per attempt: method, URL without query
 * values, status, the service's request id, time taken. Never a header value, a body or a SAS signature.
 */
const node_crypto_1 = __webpack_require__(77598);
const networkErrors_1 = __webpack_require__(17884);
const retryPolicy_1 = __webpack_require__(72437);
exports.CLIENT_REQUEST_ID = {
    graph: 'client-request-id',
    blob: 'x-ms-client-request-id',
};
const SERVICE_REQUEST_ID = { graph: 'request-id', blob: 'x-ms-request-id' };
/** Adds a client request id unless the caller set one (Graph calls set theirs to name it in errors). */
function stampRequestId(request) {
    const name = exports.CLIENT_REQUEST_ID[request.service];
    if (request.headers[name])
        return request;
    return { ...request, headers: { ...request.headers, [name]: (0, node_crypto_1.randomUUID)() } };
}
function requestIdPolicy() {
    return {
        name: 'requestId',
        sendRequest: (request, next) => next(stampRequestId(request)),
    };
}
function requestLogPolicy(logger) {
    return {
        name: 'requestLog',
        async sendRequest(request, next) {
            const started = Date.now();
            const clientId = request.headers[exports.CLIENT_REQUEST_ID[request.service]] ?? '-';
            try {
                const res = await next(request);
                const requestId = res.header(SERVICE_REQUEST_ID[request.service]) ?? '-';
                logger.debug(`${(0, retryPolicy_1.describeRequest)(request)} → ${res.status} (request-id ${requestId}, client-request-id ${clientId}, ${Date.now() - started} ms)`);
                return res;
            }
            catch (e) {
                logger.debug(`${(0, retryPolicy_1.describeRequest)(request)} failed after ${Date.now() - started} ms (client-request-id ${clientId}): ${(0, networkErrors_1.innermostMessage)(e)}`);
                throw e;
            }
        },
    };
}
//# sourceMappingURL=requestLogPolicy.js.map

/***/ }),

/***/ 69925:
/***/ ((__unused_webpack_module, exports) => {


/**
 * How long the server asked us to wait, from the headers core-rest-pipeline's throttling strategy reads:
 * `retry-after-ms` and `x-ms-retry-after-ms` (milliseconds), then `Retry-After` (seconds or an HTTP date).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRetryAfter = parseRetryAfter;
exports.retryAfterMs = retryAfterMs;
/** Milliseconds from a Retry-After value (`"3"`, `"1.5"` or an HTTP date), or undefined. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.round(Number(v) * 1000);
    const date = Date.parse(v);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
function parseMs(value) {
    if (!value || !/^\s*\d+(\.\d+)?\s*$/.test(value))
        return undefined;
    return Math.round(Number(value));
}
/** The server's requested wait in ms, or undefined when it named none. */
function retryAfterMs(header, now = Date.now()) {
    return (parseMs(header('retry-after-ms')) ??
        parseMs(header('x-ms-retry-after-ms')) ??
        parseRetryAfter(header('retry-after'), now));
}
//# sourceMappingURL=retryAfter.js.map

/***/ }),

/***/ 32489:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultSleep = void 0;
exports.retryLoop = retryLoop;
/**
 * The one retry loop. Every retry in the client (each Graph call, each blob request, the look-before-
 * retry of an ambiguous create) runs here: try, ask the strategies, wait, try again, bounded by what each
 * strategy allows and by a total wait for the whole call.
 */
const promises_1 = __webpack_require__(58500);
const defaultSleep = (ms, signal) => (0, promises_1.setTimeout)(ms, undefined, { signal });
exports.defaultSleep = defaultSleep;
/**
 * Runs `attempt` until `decide` returns no decision. `decide` sees each outcome and the attempt number
 * (from 1). An error nobody retries is thrown; a value nobody retries (an HTTP answer) is returned.
 */
async function retryLoop(attempt, decide, opts) {
    const sleep = opts.sleep ?? exports.defaultSleep;
    let waited = 0;
    for (let n = 1;; n++) {
        opts.signal?.throwIfAborted();
        let outcome;
        try {
            outcome = { ok: true, value: await attempt() };
        }
        catch (error) {
            if (opts.signal?.aborted)
                throw opts.signal.reason;
            outcome = { ok: false, error };
        }
        const decision = decide(outcome, n);
        if (!decision || waited + decision.waitMs > opts.maxTotalWaitMs) {
            if (outcome.ok)
                return outcome.value;
            throw outcome.error;
        }
        if (outcome.ok)
            await opts.discard?.(outcome.value);
        opts.onRetry?.(decision, n);
        await sleep(decision.waitMs, opts.signal);
        waited += decision.waitMs;
        const done = await decision.beforeRetry?.();
        if (done !== undefined)
            return done;
    }
}
//# sourceMappingURL=retryLoop.js.map

/***/ }),

/***/ 72437:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeRequest = describeRequest;
exports.retryPolicy = retryPolicy;
const sanitize_1 = __webpack_require__(49228);
const retryLoop_1 = __webpack_require__(32489);
function describeRequest(request) {
    return `${request.service} ${request.method} ${request.label ?? (0, sanitize_1.sanitizeUrl)(request.url)}`;
}
function retryPolicy(opts) {
    return {
        name: 'retry',
        sendRequest(request, next) {
            const granted = new Map();
            return (0, retryLoop_1.retryLoop)(() => next(request), outcome => {
                if (outcome.ok && outcome.value.status < 300)
                    return undefined;
                for (const strategy of opts.strategies) {
                    const retries = granted.get(strategy.name) ?? 0;
                    const d = strategy.decide({ request, outcome, retries });
                    if (d === 'stop')
                        return undefined;
                    if (!d)
                        continue;
                    granted.set(strategy.name, retries + 1);
                    return {
                        waitMs: d.waitMs,
                        strategy: strategy.name,
                        reason: d.reason,
                        beforeRetry: async () => void (await d.beforeRetry?.()),
                    };
                }
                return undefined;
            }, {
                maxTotalWaitMs: opts.settings.maxTotalWaitMs,
                signal: request.signal,
                sleep: opts.sleep,
                discard: value => value.discard(),
                onRetry: (d, attempt) => {
                    opts.onRetry?.(request, d.strategy);
                    opts.logger.debug(`${describeRequest(request)}: ${d.reason}; retry ${attempt} in ${d.waitMs} ms (${d.strategy})`);
                },
            });
        },
    };
}
//# sourceMappingURL=retryPolicy.js.map

/***/ }),

/***/ 11746:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BLOB_RETRY = exports.GRAPH_RETRY = exports.INTUNE_TRANSIENT_DELAYS = void 0;
exports.backoffMs = backoffMs;
exports.answerReason = answerReason;
exports.throttlingStrategy = throttlingStrategy;
exports.exponentialStrategy = exponentialStrategy;
exports.intuneTransientStrategy = intuneTransientStrategy;
exports.graphStrategies = graphStrategies;
exports.resolveRetrySettings = resolveRetrySettings;
const networkErrors_1 = __webpack_require__(17884);
const retryAfter_1 = __webpack_require__(69925);
const types_1 = __webpack_require__(72192);
const s = (...seconds) => seconds.map(x => x * 1000);
/** IntuneAppBuilder: 10 × 30 s on files 404, 30 × 10 s on blocks; Microsoft's update sample: 180 s before the PATCH. */
exports.INTUNE_TRANSIENT_DELAYS = {
    createContentFile: s(2, 5, 10, 20, 30, 30, 30, 30, 30, 30),
    patchAfterCommit: s(5, 10, 15, 30, 30, 30, 30, 30),
    putBlock: s(1, 2, 4, 8, 15, 30, 30, 30, 30, 30),
};
exports.GRAPH_RETRY = {
    maxAttempts: 6,
    baseDelayMs: 1_000,
    // Graph SDK's own limit on Retry-After.
    maxDelayMs: 180_000,
    maxTotalWaitMs: 5 * 60_000,
    transientDelaysMs: exports.INTUNE_TRANSIENT_DELAYS,
};
exports.BLOB_RETRY = {
    maxAttempts: 6,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    maxTotalWaitMs: 5 * 60_000,
    transientDelaysMs: exports.INTUNE_TRANSIENT_DELAYS,
};
/**
 * The wait before retry `retry` (from 1): an exponential ceiling, half of it fixed and half random, so
 * parallel retries spread out and none is instant.
 */
function backoffMs(retry, settings) {
    const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (retry - 1));
    return Math.round(ceiling / 2 + ((settings.random ?? Math.random)() * ceiling) / 2);
}
/** "HTTP 503 ServerBusy": the status and, from Azure Storage, its error code. */
function answerReason(res) {
    const code = res.header('x-ms-error-code');
    return `HTTP ${res.status}${code ? ` ${code}` : ''}`;
}
const status = (ctx) => ctx.outcome.ok ? ctx.outcome.value.status : undefined;
/**
 * 429 always; 503 when the server named a wait (Graph's documented throttling answers). Nothing was done,
 * so any request may be repeated. Waits what the server asked, else backs off.
 */
function throttlingStrategy(settings) {
    return {
        name: 'throttling',
        decide(ctx) {
            if (!ctx.outcome.ok)
                return undefined;
            const res = ctx.outcome.value;
            const asked = (0, retryAfter_1.retryAfterMs)(n => res.header(n));
            const throttled = res.status === 429 || (res.status === 503 && asked !== undefined);
            if (!throttled || (ctx.request.traits.throttlingOnly && res.status !== 429))
                return undefined;
            if (ctx.retries + 1 >= settings.maxAttempts)
                return 'stop';
            const waitMs = Math.min(asked ?? backoffMs(ctx.retries + 1, settings), settings.maxDelayMs);
            return { waitMs, reason: answerReason(res) };
        },
    };
}
const SERVER_ERRORS = new Set([408, 500, 502, 503, 504]);
/** 408, 5xx and dropped connections, on requests safe to send twice: exponential backoff with jitter. */
function exponentialStrategy(settings) {
    return {
        name: 'exponential',
        decide(ctx) {
            if (!(0, types_1.isIdempotent)(ctx.request) || ctx.request.traits.throttlingOnly)
                return undefined;
            const code = ctx.outcome.ok ? undefined : (0, networkErrors_1.networkErrorCode)(ctx.outcome.error);
            const st = status(ctx);
            if (!code && !(st !== undefined && SERVER_ERRORS.has(st)))
                return undefined;
            if (ctx.retries + 1 >= settings.maxAttempts)
                return 'stop';
            const reason = ctx.outcome.ok ? answerReason(ctx.outcome.value) : (code ?? 'network error');
            return { waitMs: backoffMs(ctx.retries + 1, settings), reason };
        },
    };
}
/** Blob error codes that say the request itself is wrong: a retry can't fix them. */
const PERMANENT_BLOB_400 = new Set([
    'InvalidBlockId',
    'InvalidBlockList',
    'InvalidQueryParameterValue',
    'InvalidHeaderValue',
    'MissingRequiredHeader',
    'InvalidUri',
    'RequestBodyTooLarge',
    'Md5Mismatch',
]);
const TRANSIENT_STATUS = {
    createContentFile: [404],
    patchAfterCommit: [400],
    putBlock: [400, 307],
};
/**
 * Intune's known transient answers (issue 9 item 10), on the calls that show them, on a bounded schedule.
 * A 307 on Put Block is retried on the same URL, never followed: the SAS must not go to another host.
 */
function intuneTransientStrategy(settings) {
    return {
        name: 'intune-transient',
        decide(ctx) {
            const call = ctx.request.traits.transient;
            const st = status(ctx);
            if (!call || st === undefined || !TRANSIENT_STATUS[call].includes(st))
                return undefined;
            if (call === 'putBlock' &&
                ctx.outcome.ok &&
                PERMANENT_BLOB_400.has(ctx.outcome.value.header('x-ms-error-code') ?? ''))
                return undefined;
            const schedule = settings.transientDelaysMs[call];
            if (ctx.retries >= schedule.length)
                return 'stop';
            const reason = `${ctx.outcome.ok ? answerReason(ctx.outcome.value) : ''}, a known transient answer of ${call}`;
            return { waitMs: schedule[ctx.retries], reason };
        },
    };
}
/** The strategies every Graph call goes through, in order. */
function graphStrategies(settings) {
    return [throttlingStrategy(settings), intuneTransientStrategy(settings), exponentialStrategy(settings)];
}
function resolveRetrySettings(base, overrides = {}) {
    return {
        ...base,
        ...overrides,
        transientDelaysMs: { ...base.transientDelaysMs, ...overrides.transientDelaysMs },
    };
}
//# sourceMappingURL=retryStrategies.js.map

/***/ }),

/***/ 72192:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The request layer's shapes, after the Azure SDK's core-rest-pipeline: a request, an answer, and a
 * policy that sees a request on its way out and may send it on (once, several times, or not at all).
 * Graph calls (through the Graph SDK's middleware chain) and blob calls (undici) share these, so one
 * set of policies decides retries and logging for both.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isIdempotent = isIdempotent;
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'DELETE']);
function isIdempotent(request) {
    return request.traits.idempotent ?? IDEMPOTENT_METHODS.has(request.method.toUpperCase());
}
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 49228:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Keeps secrets out of logs, errors, summaries and outputs. Two layers:
 * - every registered secret (client secret, tokens, assertions, SAS URLs, keys) is replaced wherever it
 *   appears, including its base64 and URL-encoded forms;
 * - patterns that look like credentials are redacted even when nobody registered them: every URL query
 *   value except api-version (SAS signatures live there), bearer tokens, JWTs, `client_secret=` and
 *   `client_assertion=` form fields.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registerSecret = registerSecret;
exports.clearRegisteredSecrets = clearRegisteredSecrets;
exports.sanitizeUrl = sanitizeUrl;
exports.sanitizeText = sanitizeText;
const REDACTED = 'REDACTED';
const registered = new Set();
/** Registers a secret for redaction. Short values are ignored: they would redact ordinary words. */
function registerSecret(value) {
    if (!value || value.length < 6)
        return;
    registered.add(value);
    try {
        registered.add(encodeURIComponent(value));
        registered.add(Buffer.from(value, 'utf8').toString('base64'));
    }
    catch {
        // A lone surrogate can't be URL-encoded; the raw value is still registered.
    }
}
/** For tests: forget every registered secret. */
function clearRegisteredSecrets() {
    registered.clear();
}
const JWT = /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;
const BEARER = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]+/gi;
const FORM_SECRET = /\b(client_secret|client_assertion|assertion|access_token|refresh_token|sig|password)=([^&\s"']+)/gi;
const URL_RE = /\bhttps?:\/\/[^\s"'<>)]+/gi;
// client_id is public (it is in every admin-consent URL we print); everything else may be a signature.
const KEPT_QUERY_KEYS = new Set(['api-version', 'client_id']);
/** Redacts every query value except api-version (and the public client_id) from one URL string. */
function sanitizeUrl(url) {
    const q = url.indexOf('?');
    if (q < 0)
        return url;
    const base = url.slice(0, q);
    const rest = url.slice(q + 1);
    const hash = rest.indexOf('#');
    const query = hash >= 0 ? rest.slice(0, hash) : rest;
    const parts = query.split('&').map(pair => {
        const eq = pair.indexOf('=');
        if (eq < 0)
            return pair;
        const key = pair.slice(0, eq);
        return KEPT_QUERY_KEYS.has(key.toLowerCase()) ? pair : `${key}=${REDACTED}`;
    });
    return `${base}?${parts.join('&')}`;
}
/** Removes registered secrets and credential-shaped text from any string. */
function sanitizeText(text) {
    let out = text;
    // Longest first, so a secret that contains another is removed whole.
    for (const s of [...registered].sort((a, b) => b.length - a.length)) {
        if (out.includes(s))
            out = out.split(s).join(REDACTED);
    }
    out = out.replace(URL_RE, m => sanitizeUrl(m));
    out = out.replace(JWT, REDACTED);
    out = out.replace(BEARER, `$1 ${REDACTED}`);
    out = out.replace(FORM_SECRET, `$1=${REDACTED}`);
    return out;
}
//# sourceMappingURL=sanitize.js.map

/***/ }),

/***/ 61886:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadAppTemplate = loadAppTemplate;
/**
 * Loads an app template: YAML/JSON, `extends` chain, schema check, then the friendly parts turned into
 * Graph values (icon -> largeIcon, rule shorthand -> rules, scripts -> base64). Every problem in every
 * file is reported at once, one line each.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const boundedRead_1 = __webpack_require__(99573);
const errors_1 = __webpack_require__(7324);
const assignmentTemplate_1 = __webpack_require__(75656);
const graphMetadata_1 = __webpack_require__(12534);
const icon_1 = __webpack_require__(57414);
const templateErrors_1 = __webpack_require__(33594);
const templateFile_1 = __webpack_require__(88383);
const winRules_1 = __webpack_require__(19030);
const FRIENDLY = new Set(['icon', 'categories', 'scopeTags', 'assignments', 'supersedes', 'dependencies']);
const FRIENDLY_WIN32 = new Set([
    'detection',
    'requirements',
    'rules',
    'preInstallScript',
    'postInstallScript',
]);
const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
async function loadAppTemplate(pathOrObject, opts = {}) {
    const baseDir = node_path_1.default.resolve(opts.baseDir ?? process.cwd());
    const chain = await (0, templateFile_1.loadTemplateChain)(pathOrObject, {
        kind: 'app',
        baseDir,
        inlineLabel: '<app template>',
        rebase: rebaseAppPaths,
    });
    const { data, files } = chain;
    const problems = new templateErrors_1.TemplateProblems();
    const file = files[0];
    const props = {};
    for (const [k, v] of Object.entries(data))
        if (!FRIENDLY.has(k) && !FRIENDLY_WIN32.has(k))
            props[k] = v;
    // Checked before any write: Graph answers 413 to a huge body only after the app was created.
    for (const [k, v] of Object.entries(props))
        if (typeof v === 'string' && v.length > boundedRead_1.INPUT_LIMITS.text)
            problems.add(file, k, `is ${v.length} characters; at most ${boundedRead_1.INPUT_LIMITS.text} are allowed`);
    for (const k of ['applicableArchitectures', 'allowedArchitectures'])
        if (Array.isArray(props[k]))
            props[k] = props[k].join(',');
    if (Array.isArray(props.includedApps))
        props.includedApps = props.includedApps.map(a => ({
            '@odata.type': '#microsoft.graph.macOSIncludedApp',
            ...a,
        }));
    if (typeof data.icon === 'string') {
        const icon = await (0, icon_1.readIcon)(data.icon);
        if (typeof icon === 'string')
            problems.add(file, 'icon', icon);
        else
            props.largeIcon = icon;
    }
    for (const k of ['preInstallScript', 'postInstallScript']) {
        if (typeof data[k] !== 'string')
            continue;
        try {
            const content = (0, boundedRead_1.readBoundedFileSync)(data[k], k, boundedRead_1.INPUT_LIMITS.script).toString('base64');
            props[k] = { '@odata.type': '#microsoft.graph.macOSAppScript', scriptContent: content };
        }
        catch (e) {
            problems.add(file, k, e instanceof Error ? e.message.replace(`${k}: `, '') : String(e));
        }
    }
    const rules = [];
    const det = await (0, winRules_1.detectionRules)(data.detection ?? []);
    const req = await (0, winRules_1.requirementRules)(data.requirements ?? {});
    for (const p of [...det.problems, ...req.problems])
        problems.add(file, p.field, p.message);
    rules.push(...det.rules, ...req.rules);
    for (const [i, r] of (data.rules ?? []).entries()) {
        problems.addLines(file, (0, graphMetadata_1.checkGraphValue)('beta', 'win32LobAppRule', r, `rules[${i}]`));
        rules.push(r);
    }
    const scripts = rules.filter(r => r.ruleType === 'detection' && r['@odata.type'].endsWith('PowerShellScriptRule'));
    if (scripts.length > 1)
        problems.add(file, 'detection', 'at most one script detection rule is allowed (Intune)');
    applyRequirementScalars(data.requirements ?? {}, props, file, problems);
    let assignments;
    if (data.assignments !== undefined) {
        try {
            assignments = await (0, assignmentTemplate_1.loadAssignmentTemplate)(resolveAssignmentRef(data.assignments, opts, files), {
                baseDir: node_path_1.default.dirname(file.startsWith('<') ? node_path_1.default.join(baseDir, 'x') : file),
                label: `${node_path_1.default.basename(file)} assignments`,
            });
        }
        catch (e) {
            if (!(0, errors_1.isIntunePublishError)(e))
                throw e;
            problems.lines.push(...problemLines(e.message));
        }
    }
    problems.throwIfAny('app template');
    return {
        files,
        props,
        rules,
        categories: data.categories ?? [],
        scopeTags: data.scopeTags ?? [],
        assignments,
        supersedes: refs(data.supersedes, 'update'),
        dependencies: refs(data.dependencies, 'autoInstall'),
    };
}
/** The problem lines of a TEMPLATE_INVALID message, without its header. */
function problemLines(message) {
    const lines = message.split('\n');
    if (lines.length === 1)
        return [message.replace(/^Invalid [\w ]+?: /, '')];
    return lines.slice(1);
}
function refs(list, defaultType) {
    return (list ?? []).map(item => {
        if (typeof item === 'string')
            return GUID.test(item) ? { id: item, type: defaultType } : { name: item, type: defaultType };
        const o = item;
        return {
            ...(o.id ? { id: o.id } : { name: o.name }),
            type: o.type ?? defaultType,
        };
    });
}
/** requirements.{architectures, minimumWindowsRelease, diskSpaceMB, ...} -> win32LobApp properties. */
function applyRequirementScalars(req, props, file, problems) {
    const map = [
        ['minimumWindowsRelease', 'minimumSupportedWindowsRelease'],
        ['diskSpaceMB', 'minimumFreeDiskSpaceInMB'],
        ['memoryMB', 'minimumMemoryInMB'],
        ['cpuCount', 'minimumNumberOfProcessors'],
        ['cpuSpeedMHz', 'minimumCpuSpeedInMHz'],
    ];
    for (const [short, graph] of map) {
        if (req[short] === undefined)
            continue;
        if (props[graph] !== undefined && props[graph] !== req[short])
            problems.add(file, `requirements.${short}`, `conflicts with ${graph}; give one of them`);
        props[graph] = req[short];
    }
    if (req.architectures !== undefined) {
        const list = Array.isArray(req.architectures)
            ? req.architectures
            : String(req.architectures).split(',');
        // v1.0 knows x86/x64/arm/neutral through applicableArchitectures; arm64 exists only in beta's allowedArchitectures.
        if (list.includes('arm64')) {
            props.allowedArchitectures = list.join(',');
            props.applicableArchitectures = 'none';
        }
        else
            props.applicableArchitectures = list.join(',');
    }
    if (props.allowedArchitectures !== undefined && props.applicableArchitectures === undefined)
        props.applicableArchitectures = 'none';
}
function rebaseAppPaths(doc, dir) {
    const abs = (v) => (typeof v === 'string' ? node_path_1.default.resolve(dir, v) : v);
    for (const k of ['icon', 'preInstallScript', 'postInstallScript'])
        if (k in doc)
            doc[k] = abs(doc[k]);
    for (const d of doc.detection ?? [])
        if ((0, templateFile_1.isDoc)(d?.script) && typeof d.script.path === 'string')
            d.script.path = abs(d.script.path);
    const req = doc.requirements;
    if ((0, templateFile_1.isDoc)(req) && Array.isArray(req.script))
        for (const s of req.script)
            if ((0, templateFile_1.isDoc)(s) && typeof s.path === 'string')
                s.path = abs(s.path);
    if (typeof doc.assignments === 'string' && looksLikePath(doc.assignments))
        doc.assignments = abs(doc.assignments);
}
const looksLikePath = (s) => /[\\/]/.test(s) || /\.(ya?ml|json)$/i.test(s);
/** A named assignment template is `<name>.yaml|.yml|.json` in the given dirs, the template's dir or its `assignments/`. */
function resolveAssignmentRef(ref, opts, files) {
    if (Array.isArray(ref))
        return { assignments: ref };
    if (typeof ref !== 'string' || looksLikePath(ref))
        return ref;
    const dirs = [...(opts.assignmentTemplateDirs ?? [])];
    for (const f of files)
        if (!f.startsWith('<'))
            dirs.push(node_path_1.default.dirname(f), node_path_1.default.join(node_path_1.default.dirname(f), 'assignments'));
    dirs.push(node_path_1.default.resolve(opts.baseDir ?? process.cwd()));
    for (const d of dirs)
        for (const ext of ['.yaml', '.yml', '.json']) {
            const candidate = node_path_1.default.join(d, ref + ext);
            if (node_fs_1.default.existsSync(candidate))
                return candidate;
        }
    return node_path_1.default.join(dirs[0] ?? '.', `${ref}.yaml`);
}
//# sourceMappingURL=appTemplate.js.map

/***/ }),

/***/ 75656:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASSIGNMENT_INTENTS = void 0;
exports.loadAssignmentTemplate = loadAssignmentTemplate;
/**
 * Assignment templates: who gets an app and how. Loaded from a path, YAML/JSON text or an object, checked
 * against the shipped schema and normalized into one AssignmentPlanInput per Graph target (an entry's
 * `exclude:` list becomes exclusion targets with the same intent). Names stay unresolved here.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const templateErrors_1 = __webpack_require__(33594);
const templateFile_1 = __webpack_require__(88383);
const relativeTime_1 = __webpack_require__(20902);
exports.ASSIGNMENT_INTENTS = [
    'required',
    'available',
    'uninstall',
    'availableWithoutEnrollment',
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const looksLikeText = (s) => /\n/.test(s) || /^\s*[[{]/.test(s) || /^\s*[\w$-]+\s*:\s/.test(s);
/**
 * Load an assignment template from a file path, YAML/JSON text, or an object (a bare array is taken as the
 * list of assignments). Throws TEMPLATE_INVALID listing every problem, one line each.
 */
async function loadAssignmentTemplate(input, opts = {}) {
    const baseDir = node_path_1.default.resolve(opts.baseDir ?? process.cwd());
    const label = opts.label ?? '<assignment template>';
    const chainOpts = { kind: 'assignment', baseDir, inlineLabel: label, rebase: () => undefined };
    let chain;
    if (typeof input === 'string' && looksLikeText(input)) {
        const problems = new templateErrors_1.TemplateProblems();
        const parsed = (0, templateFile_1.parseText)(input, label, problems);
        problems.throwIfAny('assignment template');
        chain = await (0, templateFile_1.loadTemplateChain)(asDoc(parsed), chainOpts);
    }
    else
        chain = await (0, templateFile_1.loadTemplateChain)(typeof input === 'string' ? input : asDoc(input), chainOpts);
    const { data, files } = chain;
    const file = files[0].startsWith('<') ? files[0] : node_path_1.default.basename(files[0]);
    const problems = new templateErrors_1.TemplateProblems();
    const entries = [];
    for (const [i, raw] of (data.assignments ?? []).entries())
        entries.push(...normalizeEntry(raw, `assignments[${i}]`, file, problems));
    problems.throwIfAny('assignment template');
    const g = data.guardrails ?? {};
    return {
        mode: data.mode ?? 'merge',
        guardrails: {
            allowRequiredToAll: g.allowRequiredToAll === true,
            allowEmptyGroups: g.allowEmptyGroups === true,
        },
        entries,
        files,
    };
}
function asDoc(v) {
    if (Array.isArray(v))
        return { assignments: v };
    return v;
}
function normalizeEntry(e, at, file, problems) {
    const intent = e.intent;
    const origin = `${file} ${at}`;
    const kinds = ['group', 'groupId', 'allUsers', 'allDevices'].filter(k => e[k] !== undefined);
    let target;
    if (e.group !== undefined && e.groupId !== undefined)
        problems.add(file, at, 'give either groupId or group (a display name), not both');
    else if (kinds.length !== 1)
        problems.add(file, at, `needs exactly one target: group, groupId, allUsers: true or allDevices: true (got ${kinds.join(', ') || 'none'})`);
    else if (e.group !== undefined)
        target = { kind: 'group', groupName: e.group };
    else if (e.groupId !== undefined)
        target = { kind: 'group', groupId: e.groupId };
    else
        target = e.allUsers ? { kind: 'allUsers' } : { kind: 'allDevices' };
    const filter = e.filter;
    if (filter && (filter.id === undefined) === (filter.name === undefined))
        problems.add(file, `${at}.filter`, 'give exactly one of id or name');
    if (intent === 'available' && target?.kind === 'allDevices')
        problems.add(file, at, "Intune can't make an app available to All devices; target users (allUsers or a user group)");
    const settings = e.settings;
    const time = settings?.win32?.installTime;
    for (const k of ['availability', 'deadline']) {
        const v = time?.[k];
        const p = v === undefined ? undefined : (0, relativeTime_1.timeProblem)(v);
        if (p)
            problems.add(file, `${at}.settings.win32.installTime.${k}`, p);
    }
    if (time?.deadline !== undefined && intent === 'available')
        problems.add(file, `${at}.settings.win32.installTime.deadline`, 'a deadline applies to required or uninstall assignments, not available');
    const out = [];
    if (target) {
        const entry = { intent, target, origin };
        if (filter)
            entry.filter = {
                ...(filter.id ? { id: filter.id } : { name: filter.name }),
                mode: filter.mode,
            };
        if (settings)
            entry.settings = settings;
        out.push(entry);
    }
    for (const [j, x] of (e.exclude ?? []).entries()) {
        const xAt = `${at}.exclude[${j}]`;
        if ((0, templateFile_1.isDoc)(x) && x.filter !== undefined) {
            problems.add(file, `${xAt}.filter`, "Intune can't apply an assignment filter to an excluded group; remove the filter");
            continue;
        }
        if ((0, templateFile_1.isDoc)(x) && x.group !== undefined && x.groupId !== undefined) {
            problems.add(file, xAt, 'give either groupId or group (a display name), not both');
            continue;
        }
        if ((0, templateFile_1.isDoc)(x) && x.group === undefined && x.groupId === undefined) {
            problems.add(file, xAt, 'needs group (a display name) or groupId');
            continue;
        }
        const o = x;
        const ref = typeof x === 'string'
            ? GUID.test(x)
                ? { groupId: x }
                : { groupName: x }
            : o.groupId
                ? { groupId: o.groupId }
                : { groupName: o.group };
        out.push({ intent, target: { kind: 'exclusionGroup', ...ref }, origin: `${origin}.exclude[${j}]` });
    }
    return out;
}
//# sourceMappingURL=assignmentTemplate.js.map

/***/ }),

/***/ 31156:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_RETURN_CODES = void 0;
exports.buildAppBody = buildAppBody;
const completeBody_1 = __webpack_require__(92472);
const graphMetadata_1 = __webpack_require__(12534);
const graphVersion_1 = __webpack_require__(49043);
const minimumOs_1 = __webpack_require__(33237);
const templateErrors_1 = __webpack_require__(33594);
/** Intune's default Win32 return codes (what the admin center pre-fills). */
exports.DEFAULT_RETURN_CODES = [
    { returnCode: 0, type: 'success' },
    { returnCode: 1707, type: 'success' },
    { returnCode: 3010, type: 'softReboot' },
    { returnCode: 1641, type: 'hardReboot' },
    { returnCode: 1618, type: 'retry' },
];
const DEFAULT_MIN_OS = {
    iosLobApp: '9.0',
    androidLobApp: '4.0',
    macOSPkgApp: '10.13',
    macOSDmgApp: '10.13',
    windowsUniversalAppX: '10.0',
};
/** Defaults for non-nullable properties that aren't booleans, by property name. */
function enumDefaults(appType) {
    return {
        applicableArchitectures: appType === 'win32LobApp' ? 'x64,x86' : 'neutral',
        applicableDeviceTypes: 'desktop',
        applicableDeviceType: { iPad: true, iPhoneAndIPod: true },
        targetedPlatforms: 'androidDeviceAdministrator',
        appleDeviceAppDeliveryProtocolType: 'default',
        deviceRestartBehavior: 'basedOnReturnCode',
        runAsAccount: 'system',
    };
}
function buildAppBody(pkg, tpl, opts = {}) {
    const appType = pkg.appType;
    const label = opts.templateLabel ?? tpl.files[0] ?? '<app template>';
    const warnings = [];
    const problems = [];
    const known = (0, graphMetadata_1.allProperties)('beta', appType) ?? {};
    // Layer 1: what the package says (only properties of this type).
    const fromPackage = {};
    for (const [k, v] of Object.entries(pkg.graphProps))
        if (k in known && v !== undefined)
            fromPackage[k] = v;
    if (pkg.displayName)
        fromPackage.displayName = pkg.displayName;
    if (pkg.publisher)
        fromPackage.publisher = pkg.publisher;
    fromPackage.fileName ??= pkg.fileName;
    const pkgMinOs = fromPackage.minimumSupportedOperatingSystem;
    if (pkgMinOs !== undefined) {
        fromPackage.minimumSupportedOperatingSystem = (0, minimumOs_1.toMinimumOs)(appType, pkgMinOs, 'v1.0');
        const [v1, beta] = [
            (0, minimumOs_1.minimumOsMember)(appType, String(pkgMinOs), 'v1.0'),
            (0, minimumOs_1.minimumOsMember)(appType, String(pkgMinOs), 'beta'),
        ];
        if (typeof pkgMinOs === 'string' && v1 !== beta && !('minimumSupportedOperatingSystem' in tpl.props))
            warnings.push(`the package's minimum OS ${pkgMinOs} is sent as ${v1} (Graph v1.0 has nothing higher); set minimumSupportedOperatingSystem: "${pkgMinOs}" in the template for ${beta} (Graph beta)`);
    }
    // Layer 2: what the template says.
    const fromTemplate = {};
    const ignored = [];
    for (const [k, v] of Object.entries(tpl.props)) {
        if (k in known)
            fromTemplate[k] = v;
        else
            ignored.push(k);
    }
    if (ignored.length)
        warnings.push(`${label}: ${ignored.join(', ')} ignored: not properties of a ${appType} app`);
    if (fromTemplate.minimumSupportedOperatingSystem !== undefined)
        fromTemplate.minimumSupportedOperatingSystem = (0, minimumOs_1.toMinimumOs)(appType, fromTemplate.minimumSupportedOperatingSystem, 'beta');
    const body = {
        '@odata.type': `#microsoft.graph.${appType}`,
        ...fromPackage,
        ...fromTemplate,
    };
    const userSet = new Set(Object.keys(fromTemplate));
    if (opts.roleScopeTagIds) {
        body.roleScopeTagIds = [
            ...new Set([...(body.roleScopeTagIds ?? []), ...opts.roleScopeTagIds]),
        ];
        userSet.add('roleScopeTagIds');
    }
    if (!body.displayName)
        problems.push(`${label}: displayName: required (the package doesn't name the app)`);
    if (!body.publisher)
        problems.push(`${label}: publisher: required (the package doesn't say who publishes it)`);
    if (!body.description && body.displayName) {
        body.description = body.displayName;
        warnings.push(`${label}: description not given; using the display name (Intune requires a description)`);
    }
    if ((0, minimumOs_1.minimumOsTypeName)(appType) && body.minimumSupportedOperatingSystem === undefined)
        body.minimumSupportedOperatingSystem = (0, minimumOs_1.toMinimumOs)(appType, DEFAULT_MIN_OS[appType], 'v1.0');
    if (appType === 'win32LobApp')
        win32(body, pkg, tpl, label, problems, userSet);
    if (appType === 'macOSDmgApp' || appType === 'macOSPkgApp')
        macos(body, appType, label, problems);
    if (problems.length)
        throw (0, templateErrors_1.templateError)(problems, 'app template');
    // Choose the version on what the user asked for; package-only extras that v1.0 lacks are dropped for v1.0.
    const trial = {};
    for (const [k, v] of Object.entries(body)) {
        const fits = userSet.has(k) || k === '@odata.type' || !(0, graphMetadata_1.checkGraphValue)('v1.0', appType, { [k]: v }).length;
        if (fits)
            trial[k] = v;
    }
    const choice = (0, graphVersion_1.chooseGraphVersion)(appType, trial);
    if (tpl.scopeTags.length && !opts.roleScopeTagIds && choice.version === 'v1.0')
        Object.assign(choice, {
            version: 'beta',
            betaReasons: ['scopeTags: roleScopeTagIds exist only in Graph beta'],
        });
    const final = choice.version === 'beta' ? body : trial;
    if (choice.version === 'beta' &&
        appType === 'win32LobApp' &&
        final.displayVersion === undefined &&
        pkg.version)
        final.displayVersion = pkg.version;
    const missing = (0, completeBody_1.completeNonNullables)(choice.version, appType, final, enumDefaults(appType));
    if (missing.length)
        throw (0, templateErrors_1.templateError)(missing.map(m => `${label}: ${m}: required for a ${appType} app`), 'app template');
    const left = (0, graphMetadata_1.checkGraphValue)(choice.version, appType, final);
    if (left.length)
        throw (0, templateErrors_1.templateError)(left.map(l => `${label}: ${l}`), 'app template');
    return {
        body: final,
        version: choice.version,
        betaReasons: choice.betaReasons,
        warnings: [...warnings, ...pkg.warnings],
    };
}
function win32(body, pkg, tpl, label, problems, userSet) {
    body.returnCodes ??= exports.DEFAULT_RETURN_CODES.map(c => ({ ...c }));
    const pkgExp = pkg.graphProps.installExperience ?? {};
    const tplExp = tpl.props.installExperience ?? {};
    body.installExperience = {
        runAsAccount: 'system',
        deviceRestartBehavior: 'basedOnReturnCode',
        ...pkgExp,
        ...tplExp,
    };
    if (tplExp.maxRunTimeInMinutes !== undefined)
        userSet.add('installExperience');
    body.minimumSupportedWindowsRelease ??= '1607';
    if (body.allowedArchitectures !== undefined && !userSet.has('applicableArchitectures'))
        body.applicableArchitectures = 'none';
    if (!body.installCommandLine)
        problems.push(`${label}: installCommandLine: required for Win32 apps (the package has no MSI to derive it from)`);
    if (!body.uninstallCommandLine)
        problems.push(`${label}: uninstallCommandLine: required for Win32 apps (the package has no MSI to derive it from)`);
    const pkgRules = (pkg.graphProps.rules ?? []).filter(r => r && typeof r === 'object');
    const pick = (type) => {
        const mine = tpl.rules.filter(r => r.ruleType === type);
        return mine.length ? mine : pkgRules.filter(r => r.ruleType === type);
    };
    const detection = pick('detection');
    if (!detection.length)
        problems.push(`${label}: detection: Win32 apps need at least one detection rule (msi, file, registry or script)`);
    if (detection.filter(r => r['@odata.type'].endsWith('PowerShellScriptRule')).length > 1)
        problems.push(`${label}: detection: at most one script detection rule is allowed (Intune)`);
    body.rules = [...detection, ...pick('requirement')];
    if (tpl.rules.length)
        userSet.add('rules');
}
function macos(body, appType, label, problems) {
    const need = ['primaryBundleId', 'primaryBundleVersion'].filter(k => !body[k]);
    if (need.length) {
        const why = appType === 'macOSDmgApp' ? "a .dmg doesn't say them" : "the .pkg didn't say them";
        problems.push(`${label}: ${need.join(', ')}: required for ${appType} apps (${why}); add them to the app template`);
        return;
    }
    if (!Array.isArray(body.includedApps) || !body.includedApps.length)
        body.includedApps = [
            {
                '@odata.type': '#microsoft.graph.macOSIncludedApp',
                bundleId: body.primaryBundleId,
                bundleVersion: body.primaryBundleVersion,
            },
        ];
}
//# sourceMappingURL=buildAppBody.js.map

/***/ }),

/***/ 92472:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.completeNonNullables = completeNonNullables;
/**
 * Fills what Graph marks non-nullable (`Nullable="false"`) and we haven't set, for the chosen version:
 * booleans become false, a few enums get Intune's usual default. Whatever is still missing is reported.
 */
const graphMetadata_1 = __webpack_require__(12534);
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Complete `value` (an instance of `typeName`) in place; returns the paths of non-nullable values still missing. */
function completeNonNullables(version, typeName, value, defaults, at = '') {
    const odata = typeof value['@odata.type'] === 'string' ? value['@odata.type'].replace(/^#/, '') : undefined;
    const type = odata ?? (typeName.startsWith('microsoft.graph.') ? typeName : `microsoft.graph.${typeName}`);
    const props = (0, graphMetadata_1.allProperties)(version, type);
    if (!props)
        return [];
    const missing = [];
    const { types } = (0, graphMetadata_1.graphMetadata)(version);
    for (const [k, p] of Object.entries(props)) {
        const here = at ? `${at}.${k}` : k;
        if (value[k] === undefined && p.nullable === false && !p.readOnly && k !== 'id') {
            if (p.type === 'Edm.Boolean')
                value[k] = false;
            else if (k in defaults)
                value[k] = structuredClone(defaults[k]);
            else
                missing.push(here);
        }
        const v = value[k];
        const coll = /^Collection\((.+)\)$/.exec(p.type);
        const inner = coll ? coll[1] : p.type;
        if (!types[inner])
            continue;
        if (isObj(v))
            missing.push(...completeNonNullables(version, inner, v, {}, here));
        else if (Array.isArray(v))
            v.forEach((item, i) => isObj(item) && missing.push(...completeNonNullables(version, inner, item, {}, `${here}[${i}]`)));
    }
    return missing;
}
//# sourceMappingURL=completeBody.js.map

/***/ }),

/***/ 12534:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.graphMetadata = graphMetadata;
exports.allProperties = allProperties;
exports.derivesFrom = derivesFrom;
exports.enumMembers = enumMembers;
exports.checkGraphValue = checkGraphValue;
const cache = new Map();
/** The metadata for one Graph version (read once; the files ship in `schemas/graph/`). */
function graphMetadata(version) {
    let m = cache.get(version);
    if (!m) {
        // Static requires, not fs + __dirname: bundlers (ncc) inline the JSON, so the Action's ESM bundle and
        // the task's bundle carry it (an ESM bundle has no __dirname, and ncc can't relocate the files).
        /* eslint-disable @typescript-eslint/no-require-imports */
        m = (version === 'v1.0'
            ? __webpack_require__(75742)
            : __webpack_require__(36379));
        /* eslint-enable @typescript-eslint/no-require-imports */
        cache.set(version, m);
    }
    return m;
}
const NS = 'microsoft.graph.';
const full = (t) => (t.startsWith(NS) ? t : NS + t);
/** All properties of a type, its own and inherited (walks baseType to the root). */
function allProperties(version, typeName) {
    const { types } = graphMetadata(version);
    let t = types[full(typeName)];
    if (!t)
        return undefined;
    const out = {};
    for (;;) {
        for (const [k, p] of Object.entries(t.properties))
            if (!(k in out))
                out[k] = p;
        if (!t.baseType)
            return out;
        t = types[t.baseType];
        if (!t)
            return out;
    }
}
/** True when `sub` is `base` or derives from it. */
function derivesFrom(version, sub, base) {
    const { types } = graphMetadata(version);
    let name = full(sub);
    while (name) {
        if (name === full(base))
            return true;
        name = types[name]?.baseType ?? null;
    }
    return false;
}
function enumMembers(version, enumName) {
    return graphMetadata(version).enums[full(enumName)];
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Problems with `value` as an instance of `typeName` in `version`: unknown properties, unknown enum members,
 * wrong primitive kinds, abstract or unknown `@odata.type`s. Each problem is one line starting with its path.
 */
function checkGraphValue(version, typeName, value, at = '') {
    return checkTyped(version, full(typeName), value, at);
}
function checkTyped(version, type, value, at) {
    if (value === null || value === undefined)
        return [];
    const coll = /^Collection\((.+)\)$/.exec(type);
    if (coll) {
        if (!Array.isArray(value))
            return [`${at || 'value'}: expected an array`];
        return value.flatMap((v, i) => checkTyped(version, coll[1], v, `${at}[${i}]`));
    }
    if (type.startsWith('Edm.'))
        return checkPrimitive(type, value, at);
    const meta = graphMetadata(version);
    const en = meta.enums[type];
    if (en) {
        if (typeof value !== 'string')
            return [`${at}: expected one of ${en.members.join(', ')}`];
        const parts = en.flags ? value.split(',').map(s => s.trim()) : [value];
        return parts
            .filter(p => !en.members.includes(p))
            .map(p => `${at}: '${p}' is not a ${version} ${type.slice(NS.length)} value`);
    }
    if (!isObj(value))
        return [`${at}: expected an object`];
    let concrete = type;
    const odata = value['@odata.type'];
    if (typeof odata === 'string') {
        const named = odata.replace(/^#/, '');
        if (!meta.types[named])
            return [`${at}: @odata.type '${odata}' does not exist in ${version}`];
        if (!derivesFrom(version, named, type))
            return [`${at}: @odata.type '${odata}' is not a ${type.slice(NS.length)}`];
        concrete = named;
    }
    const t = meta.types[concrete];
    if (!t)
        return [`${at}: type ${concrete} does not exist in ${version}`];
    if (t.abstract)
        return [`${at}: needs an @odata.type naming a concrete ${concrete.slice(NS.length)}`];
    const props = allProperties(version, concrete) ?? {};
    const out = [];
    for (const [k, v] of Object.entries(value)) {
        if (k.startsWith('@odata.'))
            continue;
        const p = props[k];
        const here = at ? `${at}.${k}` : k;
        if (!p)
            out.push(`${here}: not a property of ${concrete.slice(NS.length)} in ${version}`);
        else
            out.push(...checkTyped(version, p.type, v, here));
    }
    return out;
}
function checkPrimitive(type, value, at) {
    switch (type) {
        case 'Edm.Boolean':
            return typeof value === 'boolean' ? [] : [`${at}: expected true or false`];
        case 'Edm.Int32':
        case 'Edm.Int64':
            return Number.isInteger(value) ? [] : [`${at}: expected an integer`];
        case 'Edm.String':
        case 'Edm.Binary':
        case 'Edm.DateTimeOffset':
            return typeof value === 'string' ? [] : [`${at}: expected a string`];
        default:
            return [];
    }
}
//# sourceMappingURL=graphMetadata.js.map

/***/ }),

/***/ 49043:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.chooseGraphVersion = chooseGraphVersion;
exports.combineGraphVersions = combineGraphVersions;
/**
 * THE place that decides whether a body goes to Graph v1.0 or beta. v1.0 is used whenever it can take the
 * body as it is; beta only when the type or something in the body (a property, an enum member such as
 * arm64, a nested type) exists in beta alone. Decided from Microsoft's metadata, not from a list.
 */
const errors_1 = __webpack_require__(7324);
const graphMetadata_1 = __webpack_require__(12534);
/**
 * Choose the Graph version for `body` as an instance of `typeName` (an app type such as `win32LobApp`, or
 * `mobileAppAssignment`, or any other type in the metadata). Throws TEMPLATE_INVALID when even beta
 * can't take the body (an unknown property or value), listing every problem.
 */
function chooseGraphVersion(typeName, body) {
    const name = typeName.replace(/^#?microsoft\.graph\./, '');
    if (!(0, graphMetadata_1.graphMetadata)('v1.0').types[`microsoft.graph.${name}`]) {
        const beta = (0, graphMetadata_1.checkGraphValue)('beta', name, body);
        if (beta.length)
            throw invalid(name, beta);
        return { version: 'beta', betaReasons: [`${name} exists only in Graph beta`] };
    }
    const v1 = (0, graphMetadata_1.checkGraphValue)('v1.0', name, body);
    if (!v1.length)
        return { version: 'v1.0', betaReasons: [] };
    const beta = (0, graphMetadata_1.checkGraphValue)('beta', name, body);
    if (beta.length)
        throw invalid(name, beta);
    return { version: 'beta', betaReasons: v1.map(p => `${p} (beta has it)`) };
}
/** beta if any choice needs beta; the reasons of all of them. */
function combineGraphVersions(...choices) {
    const betaReasons = choices.flatMap(c => c.betaReasons);
    return { version: choices.some(c => c.version === 'beta') ? 'beta' : 'v1.0', betaReasons };
}
function invalid(typeName, problems) {
    return new errors_1.IntunePublishError(errors_1.ErrorCodes.TemplateInvalid, [`The ${typeName} body is not valid for Microsoft Graph:`, ...problems.map(p => `  ${p}`)].join('\n'), { fix: 'Fix the template fields named above (Graph property names and values are case-sensitive).' });
}
//# sourceMappingURL=graphVersion.js.map

/***/ }),

/***/ 57414:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_ICON_BYTES = void 0;
exports.iconMimeType = iconMimeType;
exports.readIcon = readIcon;
/**
 * Reads an app icon for Graph's largeIcon. The type comes from the file's magic bytes, never its
 * extension: Intune answers "Icon in invalid format" when the bytes don't match the declared MIME type.
 */
const promises_1 = __importDefault(__webpack_require__(51455));
const boundedRead_1 = __webpack_require__(99573);
/** Icons above this are refused: Intune shows them at most 512x512 and the body travels in one JSON request. */
exports.MAX_ICON_BYTES = 2 * 1024 * 1024;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
/** The MIME type the bytes are, or undefined when they are neither PNG nor JPEG. */
function iconMimeType(bytes) {
    if (bytes.length >= PNG.length && bytes.subarray(0, PNG.length).equals(PNG))
        return 'image/png';
    if (bytes.length >= JPEG.length && bytes.subarray(0, JPEG.length).equals(JPEG))
        return 'image/jpeg';
    return undefined;
}
/** Read `file` as a largeIcon; returns a one-line problem instead when it can't be used. */
async function readIcon(file) {
    let size;
    try {
        size = (await promises_1.default.stat(file)).size;
    }
    catch (e) {
        return `${file}: cannot read the icon (${e.code ?? 'error'})`;
    }
    if (size > exports.MAX_ICON_BYTES)
        return `${file}: the icon is ${size} bytes; at most ${exports.MAX_ICON_BYTES} (2 MiB) allowed`;
    let bytes;
    try {
        // Bounded and regular files only: a FIFO must not hang, a growing file must not fill memory.
        bytes = await (0, boundedRead_1.readBoundedFile)(file, file, exports.MAX_ICON_BYTES);
    }
    catch (e) {
        return e instanceof Error ? e.message : String(e);
    }
    if (bytes.length === 0)
        return `${file}: the icon file is empty`;
    const type = iconMimeType(bytes);
    if (!type)
        return `${file}: the icon is not a PNG or JPEG file (checked by content, not by extension)`;
    return { '@odata.type': '#microsoft.graph.mimeContent', type, value: bytes.toString('base64') };
}
//# sourceMappingURL=icon.js.map

/***/ }),

/***/ 97231:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.minimumOsMember = exports.toMinimumOs = exports.productCodeRule = exports.MAX_ICON_BYTES = exports.iconMimeType = exports.readIcon = exports.formatGraphDate = exports.timeProblem = exports.resolveTime = exports.settingsPlatform = exports.guardrailProblems = exports.assignmentProblemsForApp = exports.toGraphAssignment = exports.ASSIGNMENT_INTENTS = exports.loadAssignmentTemplate = exports.graphMetadata = exports.allProperties = exports.checkGraphValue = exports.combineGraphVersions = exports.chooseGraphVersion = exports.DEFAULT_RETURN_CODES = exports.buildAppBody = exports.loadAppTemplate = void 0;
/** App and assignment templates: loading, checking, and turning them into Graph bodies. No side effects. */
var appTemplate_1 = __webpack_require__(61886);
Object.defineProperty(exports, "loadAppTemplate", ({ enumerable: true, get: function () { return appTemplate_1.loadAppTemplate; } }));
var buildAppBody_1 = __webpack_require__(31156);
Object.defineProperty(exports, "buildAppBody", ({ enumerable: true, get: function () { return buildAppBody_1.buildAppBody; } }));
Object.defineProperty(exports, "DEFAULT_RETURN_CODES", ({ enumerable: true, get: function () { return buildAppBody_1.DEFAULT_RETURN_CODES; } }));
var graphVersion_1 = __webpack_require__(49043);
Object.defineProperty(exports, "chooseGraphVersion", ({ enumerable: true, get: function () { return graphVersion_1.chooseGraphVersion; } }));
Object.defineProperty(exports, "combineGraphVersions", ({ enumerable: true, get: function () { return graphVersion_1.combineGraphVersions; } }));
var graphMetadata_1 = __webpack_require__(12534);
Object.defineProperty(exports, "checkGraphValue", ({ enumerable: true, get: function () { return graphMetadata_1.checkGraphValue; } }));
Object.defineProperty(exports, "allProperties", ({ enumerable: true, get: function () { return graphMetadata_1.allProperties; } }));
Object.defineProperty(exports, "graphMetadata", ({ enumerable: true, get: function () { return graphMetadata_1.graphMetadata; } }));
var assignmentTemplate_1 = __webpack_require__(75656);
Object.defineProperty(exports, "loadAssignmentTemplate", ({ enumerable: true, get: function () { return assignmentTemplate_1.loadAssignmentTemplate; } }));
Object.defineProperty(exports, "ASSIGNMENT_INTENTS", ({ enumerable: true, get: function () { return assignmentTemplate_1.ASSIGNMENT_INTENTS; } }));
var toGraphAssignment_1 = __webpack_require__(20689);
Object.defineProperty(exports, "toGraphAssignment", ({ enumerable: true, get: function () { return toGraphAssignment_1.toGraphAssignment; } }));
Object.defineProperty(exports, "assignmentProblemsForApp", ({ enumerable: true, get: function () { return toGraphAssignment_1.assignmentProblemsForApp; } }));
Object.defineProperty(exports, "guardrailProblems", ({ enumerable: true, get: function () { return toGraphAssignment_1.guardrailProblems; } }));
Object.defineProperty(exports, "settingsPlatform", ({ enumerable: true, get: function () { return toGraphAssignment_1.settingsPlatform; } }));
var relativeTime_1 = __webpack_require__(20902);
Object.defineProperty(exports, "resolveTime", ({ enumerable: true, get: function () { return relativeTime_1.resolveTime; } }));
Object.defineProperty(exports, "timeProblem", ({ enumerable: true, get: function () { return relativeTime_1.timeProblem; } }));
Object.defineProperty(exports, "formatGraphDate", ({ enumerable: true, get: function () { return relativeTime_1.formatGraphDate; } }));
var icon_1 = __webpack_require__(57414);
Object.defineProperty(exports, "readIcon", ({ enumerable: true, get: function () { return icon_1.readIcon; } }));
Object.defineProperty(exports, "iconMimeType", ({ enumerable: true, get: function () { return icon_1.iconMimeType; } }));
Object.defineProperty(exports, "MAX_ICON_BYTES", ({ enumerable: true, get: function () { return icon_1.MAX_ICON_BYTES; } }));
var winRules_1 = __webpack_require__(19030);
Object.defineProperty(exports, "productCodeRule", ({ enumerable: true, get: function () { return winRules_1.productCodeRule; } }));
var minimumOs_1 = __webpack_require__(33237);
Object.defineProperty(exports, "toMinimumOs", ({ enumerable: true, get: function () { return minimumOs_1.toMinimumOs; } }));
Object.defineProperty(exports, "minimumOsMember", ({ enumerable: true, get: function () { return minimumOs_1.minimumOsMember; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 33237:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.minimumOsTypeName = minimumOsTypeName;
exports.minimumOsMembers = minimumOsMembers;
exports.minimumOsMember = minimumOsMember;
exports.toMinimumOs = toMinimumOs;
const graphMetadata_1 = __webpack_require__(12534);
function minimumOsTypeName(appType) {
    switch (appType) {
        case 'iosLobApp':
            return 'iosMinimumOperatingSystem';
        case 'androidLobApp':
            return 'androidMinimumOperatingSystem';
        case 'macOSPkgApp':
        case 'macOSDmgApp':
            return 'macOSMinimumOperatingSystem';
        case 'windowsUniversalAppX':
            return 'windowsMinimumOperatingSystem';
        default:
            return undefined;
    }
}
/** Release keys of a minimum-OS type in `version` (`v16_0`, `v10_1607`, ...). */
function minimumOsMembers(appType, version) {
    const t = minimumOsTypeName(appType);
    return t ? Object.keys((0, graphMetadata_1.allProperties)(version, t) ?? {}) : [];
}
/** A comparable number list for a member or a friendly value; Windows feature releases sort after 10.0. */
function rank(v) {
    const s = v.replace(/^v/, '').replace(/_/g, '.');
    const win = /^(?:10\.0?\.?)?(\d{4}|\d{1}H\d{2}|\d{2}H\d)$/i.exec(s);
    if (win) {
        const r = win[1].toUpperCase();
        // 1607..2004 are yymm; 2H20 = 20H2, 21H1: map to yymm-ish numbers so they order correctly.
        const n = /^\d{4}$/.test(r)
            ? Number(r)
            : /^(\d)H(\d\d)$/.test(r)
                ? Number(r.slice(2)) * 100 + 10
                : Number(r.slice(0, 2)) * 100 + 5;
        return [10, 0, n];
    }
    return s.split('.').map(Number);
}
function compare(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d)
            return d;
    }
    return 0;
}
/**
 * The member for `friendly`: an exact match, else the highest release at or below it (the app still runs
 * there), else the lowest known. Returns undefined for an app type without a minimum-OS object.
 */
function minimumOsMember(appType, friendly, version) {
    const members = minimumOsMembers(appType, version);
    if (!members.length)
        return undefined;
    const want = rank(friendly.trim());
    const sorted = [...members].sort((a, b) => compare(rank(a), rank(b)));
    let pick = sorted[0];
    for (const m of sorted)
        if (compare(rank(m), want) <= 0)
            pick = m;
    return pick;
}
/** `{v16_0: true}` for a friendly value; objects are returned as given. */
function toMinimumOs(appType, value, version) {
    if (typeof value === 'object' && value !== null)
        return value;
    if (typeof value !== 'string' && typeof value !== 'number')
        return undefined;
    const m = minimumOsMember(appType, String(value), version);
    return m ? { [m]: true } : undefined;
}
//# sourceMappingURL=minimumOs.js.map

/***/ }),

/***/ 20902:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.timeProblem = timeProblem;
exports.resolveTime = resolveTime;
exports.formatGraphDate = formatGraphDate;
/**
 * Install times in assignment templates: absolute ISO dates, or `+3d`, `+12h`, `+90m`, `+1w` (combinable,
 * `+1d12h`) resolved against the publish run's `now`. Output is Graph's `yyyy-MM-ddTHH:mm:ss.000Z`.
 */
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const RELATIVE = /^\+(?:\d+[mhdw])+$/;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** Undefined when `text` is a usable time, else what is expected. */
function timeProblem(text) {
    const t = text.trim();
    if (RELATIVE.test(t))
        return undefined;
    if (ISO.test(t) && !Number.isNaN(parseAbsolute(t).getTime()))
        return undefined;
    return `expected an ISO date-time (2025-03-01T08:00:00Z) or a relative time like +90m, +12h, +3d, +1w (got '${text}')`;
}
/** A zoneless date is taken as UTC wall-clock time (with useLocalTime Intune reads it as the device's local time). */
function parseAbsolute(t) {
    const withT = t.replace(' ', 'T');
    const full = withT.length === 10 ? `${withT}T00:00:00` : withT;
    return new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(full) ? full : `${full}Z`);
}
/** Resolve `text` (already checked with timeProblem) against `now`, as Graph's date-time string. */
function resolveTime(text, now) {
    const t = text.trim();
    let ms;
    if (RELATIVE.test(t)) {
        ms = now.getTime();
        for (const [, n, unit] of t.slice(1).matchAll(/(\d+)([mhdw])/g))
            ms += Number(n) * UNIT_MS[unit];
    }
    else {
        const d = parseAbsolute(t);
        if (Number.isNaN(d.getTime()))
            throw new Error(timeProblem(text));
        ms = d.getTime();
    }
    return formatGraphDate(new Date(Math.floor(ms / 1000) * 1000));
}
function formatGraphDate(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, '.000Z');
}
//# sourceMappingURL=relativeTime.js.map

/***/ }),

/***/ 90938:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.schemaProblems = schemaProblems;
exports.fieldPath = fieldPath;
/**
 * Validates template documents against the JSON Schemas that ship in `schemas/`, turning ajv's errors
 * into lines that name the field path the way a user writes it (`rules[1].keyPath`).
 */
const ajv_1 = __importDefault(__webpack_require__(45931));
let ajv;
const compiled = new Map();
function validator(kind) {
    let v = compiled.get(kind);
    if (v)
        return v;
    ajv ??= new ajv_1.default({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    // `errorMessage` is an annotation editors (VS Code) show; we use it in our own messages too.
    if (!ajv.getKeyword('errorMessage'))
        ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
    // Static requires, not fs + __dirname: bundlers (ncc) inline the JSON into the Action and task bundles.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const schema = (kind === 'app'
        ? __webpack_require__(17603)
        : __webpack_require__(56649));
    /* eslint-enable @typescript-eslint/no-require-imports */
    v = ajv.compile(schema);
    compiled.set(kind, v);
    return v;
}
/** Problems with `doc` as a template of `kind`, each `field: expected ...`; empty when valid. */
function schemaProblems(kind, doc) {
    const validate = validator(kind);
    if (validate(doc))
        return [];
    const errs = (validate.errors ?? []).filter(e => e.keyword !== 'if');
    const out = errs.map(formatError);
    return [...new Set(out)];
}
/** `/rules/1/keyPath` -> `rules[1].keyPath`. */
function fieldPath(instancePath) {
    return instancePath
        .split('/')
        .slice(1)
        .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
function formatError(e) {
    const at = fieldPath(e.instancePath);
    const here = at || '(top level)';
    const custom = e.parentSchema?.errorMessage;
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(p.additionalProperty);
            const known = Object.keys(e.parentSchema?.properties ?? {});
            const near = closest(key, known);
            return `${at ? `${at}.` : ''}${key}: unknown key${near ? ` (did you mean '${near}'?)` : ''}`;
        }
        case 'required':
            return `${at ? `${at}.` : ''}${String(p.missingProperty)}: required`;
        case 'enum':
            return `${here}: expected one of ${p.allowedValues.join(', ')} (got ${show(e.data)})`;
        case 'const':
            return `${here}: expected ${JSON.stringify(p.allowedValue)}`;
        case 'type':
            return `${here}: expected ${custom ?? String(p.type).replace(/,/g, ' or ')} (got ${show(e.data)})`;
        case 'pattern':
            return `${here}: expected ${custom ?? `a value matching ${String(p.pattern)}`} (got ${show(e.data)})`;
        case 'minProperties':
        case 'maxProperties':
            return `${here}: expected ${custom ?? e.message ?? 'a different number of keys'}`;
        case 'minimum':
        case 'maximum':
            return `${here}: expected a number ${String(p.comparison)} ${String(p.limit)} (got ${show(e.data)})`;
        default:
            return `${here}: ${custom ? `expected ${custom}` : (e.message ?? e.keyword)}`;
    }
}
function show(v) {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function closest(word, candidates) {
    let best;
    let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const c of candidates) {
        const d = distance(word.toLowerCase(), c.toLowerCase());
        if (d < bestD)
            [best, bestD] = [c, d];
    }
    return best;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
//# sourceMappingURL=schemaCheck.js.map

/***/ }),

/***/ 33594:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TemplateProblems = void 0;
exports.templateError = templateError;
/** Collects template problems so that a user sees ALL of them at once, one line each. */
const errors_1 = __webpack_require__(7324);
class TemplateProblems {
    lines = [];
    /** `file: field: what was expected` (field may be empty for whole-file problems). */
    add(file, field, message) {
        this.lines.push(field ? `${file}: ${field}: ${message}` : `${file}: ${message}`);
    }
    addLines(file, lines) {
        for (const l of lines)
            this.lines.push(`${file}: ${l}`);
    }
    get count() {
        return this.lines.length;
    }
    throwIfAny(what = 'template') {
        if (!this.lines.length)
            return;
        throw templateError(this.lines, what);
    }
}
exports.TemplateProblems = TemplateProblems;
function templateError(lines, what = 'template') {
    const head = lines.length === 1 ? `Invalid ${what}: ` : `Invalid ${what} (${lines.length} problems):\n`;
    return new errors_1.IntunePublishError(errors_1.ErrorCodes.TemplateInvalid, head + lines.join('\n'), {
        field: lines.length === 1 ? lines[0].split(': ')[1] : undefined,
        fix: 'Fix the fields named above; docs/app-templates.md and docs/assignment-templates.md list every key.',
    });
}
//# sourceMappingURL=templateErrors.js.map

/***/ }),

/***/ 88383:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isDoc = void 0;
exports.loadTemplateChain = loadTemplateChain;
exports.deepMerge = deepMerge;
exports.parseText = parseText;
/**
 * Reads a template (YAML or JSON; JSON is YAML), follows its `extends` chain (relative to each file,
 * cycles refused) and deep-merges it base-first so that the child wins and arrays are replaced. Each file
 * is checked against the shipped JSON Schema on its own, so that every problem names the file it is in.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const yaml_1 = __importDefault(__webpack_require__(88293));
const boundedRead_1 = __webpack_require__(99573);
const schemaCheck_1 = __webpack_require__(90938);
const templateErrors_1 = __webpack_require__(33594);
const isDoc = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
exports.isDoc = isDoc;
/** Load `input` (a path, or an already-parsed document) with its `extends` chain. */
async function loadTemplateChain(input, opts, text) {
    const problems = new templateErrors_1.TemplateProblems();
    const docs = [];
    const files = [];
    let current;
    if (text !== undefined)
        current = { doc: parseText(text, opts.inlineLabel, problems), file: opts.inlineLabel, dir: opts.baseDir };
    else if (typeof input === 'string') {
        const file = node_path_1.default.resolve(opts.baseDir, input);
        current = { doc: await readDoc(file, problems), file, dir: node_path_1.default.dirname(file) };
    }
    else
        current = { doc: structuredClone(input), file: opts.inlineLabel, dir: opts.baseDir };
    while (current) {
        const { doc, file, dir } = current;
        files.push(file);
        current = undefined;
        if (doc === undefined)
            break;
        if (!(0, exports.isDoc)(doc)) {
            problems.add(file, '', 'expected a mapping of keys to values at the top level');
            break;
        }
        const ext = doc.extends;
        const lines = (0, schemaCheck_1.schemaProblems)(opts.kind, doc).filter(l => !(ext !== undefined && /^\w+: required$/.test(l)));
        problems.addLines(file, lines);
        opts.rebase(doc, dir);
        docs.push(doc);
        if (typeof ext !== 'string')
            break;
        const next = node_path_1.default.resolve(dir, ext);
        if (files.includes(next)) {
            problems.add(file, 'extends', `cycle: ${[...files, next].map(f => node_path_1.default.basename(f)).join(' -> ')}`);
            break;
        }
        current = { doc: await readDoc(next, problems, file), file: next, dir: node_path_1.default.dirname(next) };
    }
    problems.throwIfAny(`${opts.kind} template`);
    let data = {};
    for (const d of docs.reverse())
        data = deepMerge(data, d);
    delete data.extends;
    delete data.$schema;
    if (docs.length > 1) {
        // A base may leave out what the leaf supplies, so top-level `required` is checked on the merged result.
        const missing = (0, schemaCheck_1.schemaProblems)(opts.kind, data).filter(l => /^\w+: required$/.test(l));
        problems.addLines(files[0], missing);
        problems.throwIfAny(`${opts.kind} template`);
    }
    return { data, files };
}
/** Child wins; objects merge key by key; arrays and scalars replace. */
function deepMerge(base, child) {
    const out = { ...base };
    for (const [k, v] of Object.entries(child)) {
        const b = out[k];
        out[k] = (0, exports.isDoc)(b) && (0, exports.isDoc)(v) ? deepMerge(b, v) : v;
    }
    return out;
}
async function readDoc(file, problems, from) {
    let text;
    try {
        // Bounded and regular files only: `--app /dev/zero` or a FIFO must fail at once, not fill memory or hang.
        text = (await (0, boundedRead_1.readBoundedFile)(file, file, boundedRead_1.INPUT_LIMITS.template)).toString('utf8');
    }
    catch (e) {
        const why = (e instanceof Error ? e.message : String(e)).replace(`${file}: `, '');
        if (from)
            problems.add(from, 'extends', `${file}: ${why}`);
        else
            problems.add(file, '', why);
        return undefined;
    }
    return parseText(text, file, problems);
}
/** Parse YAML or JSON text; syntax errors become `file:line:col: message` problems. */
function parseText(text, label, problems) {
    const doc = yaml_1.default.parseDocument(text, { uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length) {
        for (const e of doc.errors) {
            const pos = e.linePos?.[0];
            const where = pos ? `${label}:${pos.line}:${pos.col}` : label;
            problems.lines.push(`${where}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
        }
        return undefined;
    }
    let value;
    try {
        value = doc.toJS();
    }
    catch (e) {
        // yaml refuses alias bombs ("Excessive alias count…") while building the value; name the file.
        problems.add(label, '', `${e instanceof Error ? e.message : String(e)}; use fewer YAML aliases (*name)`);
        return undefined;
    }
    if (value === null || value === undefined) {
        problems.add(label, '', 'the template is empty');
        return undefined;
    }
    return value;
}
//# sourceMappingURL=templateFile.js.map

/***/ }),

/***/ 20689:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.settingsPlatform = settingsPlatform;
exports.assignmentProblemsForApp = assignmentProblemsForApp;
exports.guardrailProblems = guardrailProblems;
exports.toGraphAssignment = toGraphAssignment;
/**
 * One normalized assignment (names already resolved to ids) -> Graph's mobileAppAssignment JSON, with the
 * exact @odata.types, the settings type for the app's platform, and relative times resolved against `now`.
 */
const errors_1 = __webpack_require__(7324);
const relativeTime_1 = __webpack_require__(20902);
const templateErrors_1 = __webpack_require__(33594);
/** The settings block that applies to an app type (undefined: Graph has no settings type for it). */
function settingsPlatform(appType) {
    switch (appType) {
        case 'win32LobApp':
            return 'win32';
        case 'iosLobApp':
            return 'ios';
        case 'macOSPkgApp':
        case 'macOSDmgApp':
            return 'macos';
        case 'windowsUniversalAppX':
            return 'msix';
        default:
            return undefined;
    }
}
/**
 * Problems with using `tpl` for an app of `appType`, one line each: settings only for other platforms,
 * availableWithoutEnrollment on a type that can't take it. Call before any write.
 */
function assignmentProblemsForApp(tpl, appType) {
    const out = [];
    const mine = settingsPlatform(appType);
    for (const e of tpl.entries) {
        const given = Object.keys(e.settings ?? {});
        if (given.length && !(mine && given.includes(mine)))
            out.push(`${e.origin}: settings.${given.join('/settings.')} don't apply to a ${appType} app` +
                (mine ? `; add settings.${mine} or remove them` : `; ${appType} assignments take no settings`));
        if (e.intent === 'availableWithoutEnrollment' && appType !== 'iosLobApp' && appType !== 'androidLobApp')
            out.push(`${e.origin}: intent availableWithoutEnrollment is only for iOS and Android apps`);
    }
    return out;
}
/** Guardrail: required to All users / All devices without a filter (unless opted out). */
function guardrailProblems(tpl) {
    if (tpl.guardrails.allowRequiredToAll)
        return [];
    return tpl.entries
        .filter(e => e.intent === 'required' &&
        (e.target.kind === 'allUsers' || e.target.kind === 'allDevices') &&
        !e.filter)
        .map(e => `${e.origin}: required to ${e.target.kind === 'allUsers' ? 'All users' : 'All devices'} without a filter is refused; add a filter or set guardrails.allowRequiredToAll: true`);
}
function toGraphAssignment(entry, appType, resolved, now) {
    const t = entry.target;
    let target;
    const groupId = (ref) => {
        const id = ref.groupId ?? (ref.groupName !== undefined ? resolved.groups[ref.groupName] : undefined);
        if (!id)
            throw unresolved(entry, `group '${ref.groupName}'`);
        return id;
    };
    if (t.kind === 'group')
        target = { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: groupId(t) };
    else if (t.kind === 'exclusionGroup')
        target = { '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget', groupId: groupId(t) };
    else if (t.kind === 'allUsers')
        target = { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' };
    else
        target = { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' };
    if (entry.filter) {
        if (t.kind === 'exclusionGroup')
            throw (0, templateErrors_1.templateError)([`${entry.origin}: filters can't apply to excluded groups`], 'assignment template');
        const f = entry.filter;
        const id = f.id ?? (f.name !== undefined ? resolved.filters[f.name] : undefined);
        if (!id)
            throw unresolved(entry, `filter '${f.name}'`);
        // Beta-only properties: chooseGraphVersion('mobileAppAssignment', ...) sends such assignments to beta.
        target.deviceAndAppManagementAssignmentFilterId = id;
        target.deviceAndAppManagementAssignmentFilterType = f.mode;
    }
    const problems = assignmentProblemsForApp({
        mode: 'merge',
        guardrails: { allowRequiredToAll: true, allowEmptyGroups: true },
        entries: [entry],
        files: [],
    }, appType);
    if (problems.length)
        throw (0, templateErrors_1.templateError)(problems, 'assignment template');
    const settings = t.kind === 'exclusionGroup' ? null : graphSettings(entry, appType, now);
    return { '@odata.type': '#microsoft.graph.mobileAppAssignment', intent: entry.intent, target, settings };
}
function graphSettings(entry, appType, now) {
    const s = entry.settings ?? {};
    switch (settingsPlatform(appType)) {
        case 'win32': {
            const w = s.win32 ?? {};
            const time = w.installTime;
            const r = w.restart;
            const start = time?.availability !== undefined ? (0, relativeTime_1.resolveTime)(time.availability, now) : null;
            const deadline = time?.deadline !== undefined ? (0, relativeTime_1.resolveTime)(time.deadline, now) : null;
            if (start && deadline && deadline < start)
                throw (0, templateErrors_1.templateError)([
                    `${entry.origin}: settings.win32.installTime.deadline (${deadline}) is before availability (${start})`,
                ], 'assignment template');
            return {
                '@odata.type': '#microsoft.graph.win32LobAppAssignmentSettings',
                notifications: w.notifications ?? 'showAll',
                deliveryOptimizationPriority: w.deliveryOptimizationPriority ?? 'notConfigured',
                installTimeSettings: time
                    ? { useLocalTime: time.useLocalTime === true, startDateTime: start, deadlineDateTime: deadline }
                    : null,
                restartSettings: r
                    ? {
                        gracePeriodInMinutes: r.gracePeriodInMinutes ?? 1440,
                        countdownDisplayBeforeRestartInMinutes: r.countdownDisplayBeforeRestartInMinutes ?? 15,
                        restartNotificationSnoozeDurationInMinutes: r.restartNotificationSnoozeDurationInMinutes ?? null,
                    }
                    : null,
                ...(w.autoUpdateSupersededApps !== undefined
                    ? {
                        autoUpdateSettings: {
                            autoUpdateSupersededAppsState: w.autoUpdateSupersededApps ? 'enabled' : 'notConfigured',
                        },
                    }
                    : {}),
            };
        }
        case 'ios':
            return s.ios ? { '@odata.type': '#microsoft.graph.iosLobAppAssignmentSettings', ...s.ios } : null;
        case 'macos':
            // Graph has no PKG/DMG settings type; macOsLobAppAssignmentSettings only when the template asks for it.
            return s.macos ? { '@odata.type': '#microsoft.graph.macOsLobAppAssignmentSettings', ...s.macos } : null;
        case 'msix':
            return {
                '@odata.type': '#microsoft.graph.windowsUniversalAppXAppAssignmentSettings',
                useDeviceContext: s.msix?.useDeviceContext === true,
            };
        default:
            return null;
    }
}
function unresolved(entry, what) {
    return new errors_1.IntunePublishError(errors_1.ErrorCodes.AssignmentInvalid, `${entry.origin}: ${what} was not resolved to an id`, {
        fix: 'Resolve group and filter names with Graph before building assignments.',
    });
}
//# sourceMappingURL=toGraphAssignment.js.map

/***/ }),

/***/ 19030:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.productCodeRule = productCodeRule;
exports.detectionRules = detectionRules;
exports.requirementRules = requirementRules;
/**
 * Turns the template's rule shorthand (`detection:`, `requirements:`) into Graph win32LobAppRule objects
 * (the modern `rules` collection, valid on v1.0 and beta; never the legacy detectionRules arrays).
 */
const boundedRead_1 = __webpack_require__(99573);
const OPERATORS = {
    '=': 'equal',
    '!=': 'notEqual',
    '>': 'greaterThan',
    '>=': 'greaterThanOrEqual',
    '<': 'lessThan',
    '<=': 'lessThanOrEqual',
};
const operator = (v, fallback = 'equal') => typeof v === 'string' ? (OPERATORS[v] ?? v) : fallback;
const str = (v) => (v === undefined || v === null ? null : String(v));
/** Graph's ProductCode rule for an MSI (also used for the package's own MSI detection). */
function productCodeRule(productCode, productVersion, op) {
    return {
        '@odata.type': '#microsoft.graph.win32LobAppProductCodeRule',
        ruleType: 'detection',
        productCode: productCode.startsWith('{') ? productCode.toUpperCase() : `{${productCode.toUpperCase()}}`,
        productVersionOperator: productVersion ? operator(op) : 'notConfigured',
        productVersion: productVersion ?? null,
    };
}
/**
 * What file and registry rules share: the check (exists by default) and, for checks that compare, the
 * operator and the value, which is then required.
 */
function comparison(r, field, problems) {
    const check = r.check ?? 'exists';
    const compares = check !== 'exists' && check !== 'doesNotExist';
    if (compares && r.value === undefined)
        problems.push({ field: `${field}.value`, message: `required when check is ${check}` });
    return {
        operationType: check,
        operator: compares ? operator(r.operator) : 'notConfigured',
        comparisonValue: compares ? str(r.value) : null,
    };
}
function fileRule(r, ruleType, field, problems) {
    const c = comparison(r, field, problems);
    return {
        '@odata.type': '#microsoft.graph.win32LobAppFileSystemRule',
        ruleType,
        path: r.path,
        fileOrFolderName: r.name,
        check32BitOn64System: r.check32BitOn64System === true,
        ...c,
    };
}
function registryRule(r, ruleType, field, problems) {
    const c = comparison(r, field, problems);
    return {
        '@odata.type': '#microsoft.graph.win32LobAppRegistryRule',
        ruleType,
        keyPath: r.key,
        valueName: str(r.valueName),
        check32BitOn64System: r.check32BitOn64System === true,
        ...c,
    };
}
async function scriptContent(r, field, problems) {
    if ((r.path === undefined) === (r.content === undefined)) {
        problems.push({ field, message: 'give exactly one of path or content' });
        return '';
    }
    if (typeof r.content === 'string')
        return Buffer.from(r.content, 'utf8').toString('base64');
    try {
        const bytes = await (0, boundedRead_1.readBoundedFile)(r.path, `${field}.path`, boundedRead_1.INPUT_LIMITS.script);
        return bytes.toString('base64');
    }
    catch (e) {
        const message = e instanceof Error ? e.message.replace(`${field}.path: `, '') : String(e);
        problems.push({ field: `${field}.path`, message });
        return '';
    }
}
/** `detection:` shorthand -> Graph detection rules. */
async function detectionRules(items) {
    const problems = [];
    const rules = [];
    for (const [i, item] of items.entries()) {
        const field = `detection[${i}]`;
        if (item.msi) {
            const m = item.msi;
            rules.push(productCodeRule(m.productCode, m.productVersion, m.operator));
        }
        else if (item.file)
            rules.push(fileRule(item.file, 'detection', `${field}.file`, problems));
        else if (item.registry)
            rules.push(registryRule(item.registry, 'detection', `${field}.registry`, problems));
        else if (item.script) {
            const s = item.script;
            rules.push({
                '@odata.type': '#microsoft.graph.win32LobAppPowerShellScriptRule',
                ruleType: 'detection',
                displayName: null,
                enforceSignatureCheck: s.enforceSignatureCheck === true,
                runAs32Bit: s.runAs32Bit === true,
                runAsAccount: null,
                scriptContent: await scriptContent(s, `${field}.script`, problems),
                operationType: 'notConfigured',
                operator: 'notConfigured',
                comparisonValue: null,
            });
        }
    }
    return { rules, problems };
}
/** The requirement rules in `requirements:` (registry, file, script); the scalar ones are app properties. */
async function requirementRules(req) {
    const problems = [];
    const rules = [];
    for (const [i, r] of (req.file ?? []).entries())
        rules.push(fileRule(r, 'requirement', `requirements.file[${i}]`, problems));
    for (const [i, r] of (req.registry ?? []).entries())
        rules.push(registryRule(r, 'requirement', `requirements.registry[${i}]`, problems));
    for (const [i, s] of (req.script ?? []).entries()) {
        const field = `requirements.script[${i}]`;
        rules.push({
            '@odata.type': '#microsoft.graph.win32LobAppPowerShellScriptRule',
            ruleType: 'requirement',
            displayName: s.displayName ?? `requirement-${i + 1}.ps1`,
            enforceSignatureCheck: s.enforceSignatureCheck === true,
            runAs32Bit: s.runAs32Bit === true,
            runAsAccount: s.runAsAccount ?? 'system',
            scriptContent: await scriptContent(s, field, problems),
            operationType: s.check,
            operator: operator(s.operator),
            comparisonValue: str(s.value),
        });
    }
    return { rules, problems };
}
//# sourceMappingURL=winRules.js.map

/***/ }),

/***/ 49196:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.putBlockUrl = putBlockUrl;
exports.putBlockListUrl = putBlockListUrl;
exports.blobErrorCode = blobErrorCode;
exports.sendWithRetry = sendWithRetry;
/**
 * The two blob REST calls the upload needs (Put Block, Put Block List), sent over undici through the
 * request layer: the same retry strategies and sanitized logging as Graph, plus the one rule only blobs
 * have, a SAS renewal after a 403.
 * No `x-ms-version`: with a SAS, its `sv` selects the service version. Bodies are Buffers, never strings,
 * so no charset conversion can touch the bytes (the PowerShell 7.4 commitFileFailed lesson).
 */
const undici_1 = __webpack_require__(97275);
const errors_1 = __webpack_require__(7324);
const request_1 = __webpack_require__(9681);
function putBlockUrl(sasUrl, id) {
    return `${sasUrl}${sasUrl.includes('?') ? '&' : '?'}comp=block&blockid=${encodeURIComponent(id)}`;
}
function putBlockListUrl(sasUrl) {
    return `${sasUrl}${sasUrl.includes('?') ? '&' : '?'}comp=blocklist`;
}
/** The `<Code>` of a blob service XML error, or undefined. */
function blobErrorCode(xml) {
    const m = /<Code>\s*([A-Za-z0-9_.-]{1,100})\s*<\/Code>/.exec(xml);
    return m?.[1];
}
/** One PUT through undici; answers for any HTTP status, rejects on network errors. */
function transport(put) {
    return async (req) => {
        const res = await (0, undici_1.request)(req.url, {
            method: 'PUT',
            body: req.body,
            headers: req.headers,
            dispatcher: put.dispatcher,
            signal: req.signal,
            headersTimeout: put.timeoutMs,
            bodyTimeout: put.timeoutMs,
        });
        const header = (name) => {
            const v = res.headers[name];
            return Array.isArray(v) ? v[0] : v;
        };
        return { status: res.statusCode, header, discard: () => res.body.dump(), raw: res };
    };
}
/** 403 on a SAS request: the signature expired or was revoked. Renew it (bounded) and send again at once. */
function sasRenewalStrategy(ctx, used) {
    return {
        name: 'sas-renewal',
        decide({ outcome, retries }) {
            if (!outcome.ok || outcome.value.status !== 403)
                return undefined;
            if (retries >= ctx.retry.renewalsPerBlock)
                return 'stop';
            return {
                waitMs: 0,
                reason: `${(0, request_1.answerReason)(outcome.value)}; renewing the SAS URL`,
                beforeRetry: async () => void (await ctx.lease.forbidden(used())),
            };
        },
    };
}
/**
 * Sends one request until it succeeds or the strategies give up; any other answer fails the upload.
 * `what` names the request in messages ("block 12", "the block list"); the URL never appears in them.
 */
async function sendWithRetry(what, body, contentType, buildUrl, ctx) {
    let sas = '';
    let attempts = 0;
    let renewals = 0;
    // Every attempt takes the lease's current URL: a renewal by another block is picked up too.
    const sasPolicy = {
        name: 'sasUrl',
        async sendRequest(req, next) {
            sas = await ctx.lease.url();
            attempts++;
            return next({ ...req, url: buildUrl(sas) });
        },
    };
    const transient = what.startsWith('block ') ? 'putBlock' : undefined;
    const strategies = [
        sasRenewalStrategy(ctx, () => sas),
        (0, request_1.throttlingStrategy)(ctx.retry),
        (0, request_1.intuneTransientStrategy)(ctx.retry),
        (0, request_1.exponentialStrategy)(ctx.retry),
    ];
    const send = (0, request_1.composePipeline)([
        (0, request_1.requestIdPolicy)(),
        (0, request_1.retryPolicy)({
            strategies,
            settings: ctx.retry,
            logger: ctx.logger,
            sleep: ctx.sleep,
            onRetry: (_req, strategy) => {
                if (strategy === 'sas-renewal')
                    renewals++;
                else
                    ctx.counters.retries++;
            },
        }),
        sasPolicy,
        ...(ctx.perRetry ?? []),
        (0, request_1.requestLogPolicy)(ctx.logger),
    ], transport(ctx.put));
    const headers = { 'content-length': String(body.length) };
    if (contentType)
        headers['content-type'] = contentType;
    let res;
    try {
        res = await send({
            service: 'blob',
            method: 'PUT',
            url: '',
            headers,
            body,
            label: what,
            traits: { idempotent: true, transient },
            signal: ctx.put.signal,
        });
    }
    catch (e) {
        if (ctx.put.signal.aborted)
            throw ctx.put.signal.reason;
        if (e instanceof errors_1.IntunePublishError)
            throw e;
        const code = (0, request_1.networkErrorCode)(e);
        const msg = code ?? (e instanceof Error ? e.message : String(e));
        throw new errors_1.IntunePublishError(errors_1.ErrorCodes.UploadFailed, code
            ? `Uploading ${what} to Azure Storage failed: ${code} after ${attempts} attempts.`
            : `Uploading ${what} failed: ${msg}`, { cause: e });
    }
    if (res.status >= 200 && res.status < 300)
        return void (await res.discard());
    const text = await res.raw.body.text().catch(() => '');
    const errorCode = res.header('x-ms-error-code') ?? blobErrorCode(text);
    const reason = `HTTP ${res.status}${errorCode ? ` ${errorCode}` : ''}`;
    const tail = res.status === 403 ? ` after ${renewals} SAS renewals` : attempts > 1 ? ` after ${attempts} attempts` : '';
    const hint = res.status === 403
        ? ' The SAS URL was refused even after renewal: check that renewUpload returns a fresh URL.'
        : '';
    throw new errors_1.IntunePublishError(errors_1.ErrorCodes.UploadFailed, `Uploading ${what} to Azure Storage failed: ${reason}${tail}.${hint}`, { status: res.status, graphCode: errorCode, requestId: res.header('x-ms-request-id') });
}
//# sourceMappingURL=blobRequests.js.map

/***/ }),

/***/ 11967:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_CONCURRENCY = exports.MAX_BLOCKS = exports.MAX_BLOCK_SIZE = exports.MiB = void 0;
exports.blockId = blockId;
exports.blockCount = blockCount;
exports.minimumBlockSize = minimumBlockSize;
exports.validateBlockSettings = validateBlockSettings;
exports.blockListXml = blockListXml;
/**
 * Block ids and block-count arithmetic for Azure block blobs.
 * The service wants every id of one blob to have the same length and at most 50,000 blocks; the observed
 * Intune SAS (`sv=2017-04-17`) caps a block at 100 MiB. Ids are `blk-` + 6 digits (10 bytes, base64 without
 * padding issues), so they never change width the way the references' `0000` ids do at block 10,000.
 */
const errors_1 = __webpack_require__(7324);
exports.MiB = 1024 * 1024;
exports.MAX_BLOCK_SIZE = 100 * exports.MiB;
exports.MAX_BLOCKS = 50_000;
exports.MAX_CONCURRENCY = 64;
/** The base64 block id for a block's position in the block list. */
function blockId(index) {
    if (!Number.isInteger(index) || index < 0 || index >= exports.MAX_BLOCKS) {
        throw new RangeError(`block index ${index} is outside 0..${exports.MAX_BLOCKS - 1}`);
    }
    return Buffer.from(`blk-${String(index).padStart(6, '0')}`, 'ascii').toString('base64');
}
/** Blocks needed for `length` bytes cut into `blockSize` blocks (plus `extra` blocks such as the HMAC). */
function blockCount(length, blockSize, extra = 0) {
    return Math.ceil(length / blockSize) + extra;
}
/** Smallest whole-MiB block size that keeps `length` within the block limit, or undefined if none does. */
function minimumBlockSize(length, extra = 0) {
    const size = Math.ceil(length / (exports.MAX_BLOCKS - extra) / exports.MiB) * exports.MiB;
    return size <= exports.MAX_BLOCK_SIZE ? Math.max(size, exports.MiB) : undefined;
}
/** Validates user-supplied block settings; `length` (when known) must fit in 50,000 blocks. */
function validateBlockSettings(s, length, extraBlocks = 0) {
    if (!Number.isInteger(s.blockSize) || s.blockSize < 1 || s.blockSize > exports.MAX_BLOCK_SIZE) {
        throw (0, errors_1.inputError)('upload.blockSize', `must be a whole number of bytes from 1 to ${exports.MAX_BLOCK_SIZE} (100 MiB), got ${s.blockSize}`, 'Use a block size between 1 MiB and 100 MiB, e.g. 8 MiB.');
    }
    if (!Number.isInteger(s.concurrency) || s.concurrency < 1 || s.concurrency > exports.MAX_CONCURRENCY) {
        throw (0, errors_1.inputError)('upload.concurrency', `must be a whole number from 1 to ${exports.MAX_CONCURRENCY}, got ${s.concurrency}`, 'Use a concurrency between 1 and 16, e.g. 4.');
    }
    if (length === undefined)
        return;
    const count = blockCount(length, s.blockSize, extraBlocks);
    if (count > exports.MAX_BLOCKS) {
        const min = minimumBlockSize(length, extraBlocks);
        throw (0, errors_1.inputError)('upload.blockSize', `${length} bytes in ${s.blockSize}-byte blocks needs ${count} blocks; Azure allows at most ${exports.MAX_BLOCKS}`, min
            ? `Raise the block size to at least ${min / exports.MiB} MiB.`
            : 'The file is larger than 50,000 blocks of 100 MiB; it cannot be uploaded as one blob.');
    }
}
/** Put Block List body: ids in list order (the order that defines the blob). */
function blockListXml(ids) {
    const items = ids.map(id => `<Latest>${id}</Latest>`).join('');
    return Buffer.from(`<?xml version="1.0" encoding="utf-8"?><BlockList>${items}</BlockList>`, 'utf8');
}
//# sourceMappingURL=blockPlan.js.map

/***/ }),

/***/ 3861:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BufferPool = void 0;
/**
 * A fixed number of block-sized buffers, reused for the whole upload. Taking one waits while all are out:
 * that wait is the uploader's backpressure, and the pool size is its memory bound.
 */
class BufferPool {
    bufferSize;
    capacity;
    free = [];
    waiters = [];
    allocated = 0;
    closedWith;
    /** Buffers handed out right now, and the most ever handed out at once (tests assert the bound). */
    live = 0;
    maxLive = 0;
    constructor(bufferSize, capacity) {
        this.bufferSize = bufferSize;
        this.capacity = capacity;
    }
    acquire() {
        if (this.closedWith)
            return Promise.reject(this.closedWith);
        const buf = this.free.pop() ?? (this.allocated < this.capacity ? this.allocate() : undefined);
        if (buf)
            return Promise.resolve(this.handOut(buf));
        return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
    }
    release(buf) {
        this.live--;
        const waiter = this.waiters.shift();
        if (waiter)
            waiter.resolve(this.handOut(buf));
        else
            this.free.push(buf);
    }
    /** Fails every pending and later acquire (the upload is over or failed). */
    close(reason = new Error('buffer pool closed')) {
        this.closedWith = reason;
        for (const w of this.waiters.splice(0))
            w.reject(reason);
        this.free.length = 0;
    }
    allocate() {
        this.allocated++;
        // allocUnsafe: every byte sent is overwritten first; only the filled prefix is ever used.
        return Buffer.allocUnsafeSlow(this.bufferSize);
    }
    handOut(buf) {
        this.live++;
        if (this.live > this.maxLive)
            this.maxLive = this.live;
        return buf;
    }
}
exports.BufferPool = BufferPool;
//# sourceMappingURL=bufferPool.js.map

/***/ }),

/***/ 27063:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.encryptingSource = encryptingSource;
exports.encryptedStreamSource = encryptedStreamSource;
/**
 * Blocks from an encrypted payload produced on the fly, in one streaming pass with no temporary copy.
 * The blob is HMAC ‖ IV ‖ ciphertext, but the HMAC is known only at the end: so it is its own block, id 0,
 * listed first and uploaded last, while IV ‖ ciphertext is cut into blocks 1..n as it comes out.
 * A stream can't be rewound, so each block stays in its pooled buffer until stored; the pool's size stops
 * the stream when that many blocks are out, which bounds memory whatever the file size.
 */
const node_events_1 = __webpack_require__(78474);
const node_stream_1 = __webpack_require__(57075);
const payloadEncryptor_1 = __webpack_require__(36519);
const errors_1 = __webpack_require__(7324);
const bufferPool_1 = __webpack_require__(3861);
/**
 * Encrypts `plaintext()` while uploading. `plainLength` (when known) gives the blob length up front for the
 * block-count check and progress.
 */
function encryptingSource(plaintext, keys, opts = {}) {
    const length = opts.plainLength === undefined ? undefined : (0, payloadEncryptor_1.encryptedLength)(opts.plainLength);
    return encryptedStreamSource(() => {
        const encryptor = new payloadEncryptor_1.PayloadEncryptor(keys);
        const out = (0, node_stream_1.pipeline)(plaintext(), encryptor, () => undefined);
        // 'end' fires after _flush, i.e. once result() is valid; 'error' is seen by the block reader too.
        const finish = (0, node_events_1.once)(encryptor, 'end').then(() => encryptor.result());
        finish.catch(() => undefined);
        return { stream: out, finish };
    }, { length });
}
/**
 * An IV ‖ ciphertext stream already being produced elsewhere (the packager's on-the-fly payload) plus the
 * HMAC it will deliver at the end. `length` is the whole blob's length (HMAC included) when known.
 */
function encryptedStreamSource(start, opts = {}) {
    return {
        kind: 'stream',
        length: opts.length,
        dataLength: opts.length === undefined ? undefined : opts.length - payloadEncryptor_1.MAC_LENGTH,
        extraBlocks: 1,
        open: async ({ blockSize, buffers }) => openStream(start(), blockSize, buffers),
    };
}
function openStream({ stream, finish }, blockSize, buffers) {
    finish.catch(() => undefined);
    const pool = new bufferPool_1.BufferPool(blockSize, buffers);
    const chunks = stream[Symbol.asyncIterator]();
    let leftover;
    let ended = false;
    let macSent = false;
    let closed = false;
    let nextIndex = 1;
    let result;
    // Blocks come out of one stream: one reader at a time, in order.
    let queue = Promise.resolve();
    const pull = async () => {
        if (leftover) {
            const l = leftover;
            leftover = undefined;
            return l;
        }
        if (ended)
            return undefined;
        const r = await chunks.next();
        if (r.done) {
            ended = true;
            return undefined;
        }
        return Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    };
    const readBlock = async () => {
        if (closed)
            return undefined;
        if (!ended) {
            const buf = await pool.acquire();
            let filled = 0;
            try {
                while (filled < blockSize) {
                    const chunk = await pull();
                    if (!chunk)
                        break;
                    const take = Math.min(chunk.length, blockSize - filled);
                    chunk.copy(buf, filled, 0, take);
                    filled += take;
                    if (take < chunk.length)
                        leftover = chunk.subarray(take);
                }
            }
            catch (e) {
                pool.release(buf);
                throw streamError(e);
            }
            if (filled > 0)
                return pooledBlock(nextIndex++, buf, filled);
            pool.release(buf);
        }
        if (macSent)
            return undefined;
        macSent = true;
        return macBlock(await finish.catch(e => Promise.reject(streamError(e))));
    };
    const pooledBlock = (index, buf, filled) => {
        let released = false;
        return {
            index,
            data: buf.subarray(0, filled),
            release: () => {
                if (released)
                    return;
                released = true;
                pool.release(buf);
            },
        };
    };
    const macBlock = (done) => {
        const mac = Buffer.isBuffer(done) ? done : done.mac;
        if (!Buffer.isBuffer(done))
            result = done;
        if (mac.length !== payloadEncryptor_1.MAC_LENGTH) {
            throw new errors_1.IntunePublishError(errors_1.ErrorCodes.UploadFailed, `The payload HMAC is ${mac.length} bytes, not ${payloadEncryptor_1.MAC_LENGTH}: an internal encryption error.`);
        }
        return { index: 0, data: Buffer.from(mac), release: () => undefined };
    };
    return {
        pool,
        next: () => {
            const p = queue.then(readBlock);
            queue = p.catch(() => undefined);
            return p;
        },
        encryption: () => result,
        close: async () => {
            if (closed)
                return;
            closed = true;
            pool.close();
            if (!ended)
                stream.destroy();
        },
    };
}
function streamError(e) {
    if (e instanceof errors_1.IntunePublishError)
        return e;
    const msg = e instanceof Error ? e.message : String(e);
    return new errors_1.IntunePublishError(errors_1.ErrorCodes.PackageInvalid, `Reading the package for upload failed: ${msg}`, {
        cause: e,
    });
}
//# sourceMappingURL=encryptingSource.js.map

/***/ }),

/***/ 23859:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fileRangeSource = fileRangeSource;
/**
 * Blocks from a region of a file, uploaded unchanged: the .intunewin inner payload. Reads are positional, so
 * blocks are read in parallel and a failed block's bytes are simply still in its buffer for the retry.
 */
const node_fs_1 = __webpack_require__(73024);
const errors_1 = __webpack_require__(7324);
const bufferPool_1 = __webpack_require__(3861);
function fileRangeSource(path, offset, length, observe) {
    if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
        throw new errors_1.IntunePublishError(errors_1.ErrorCodes.UploadFailed, `Invalid file range for ${path}: offset ${offset}, length ${length}.`);
    }
    return {
        kind: 'file',
        length,
        dataLength: length,
        extraBlocks: 0,
        open: async ({ blockSize, buffers }) => openFileRange(path, offset, length, blockSize, buffers, observe),
    };
}
async function openFileRange(path, offset, length, blockSize, buffers, observe) {
    const fh = await node_fs_1.promises.open(path, 'r').catch((e) => {
        throw new errors_1.IntunePublishError(errors_1.ErrorCodes.PackageInvalid, `Cannot open ${path} for upload: ${e.code ?? e.message}`, {
            cause: e,
        });
    });
    const size = (await fh.stat()).size;
    if (offset + length > size) {
        await fh.close();
        throw new errors_1.IntunePublishError(errors_1.ErrorCodes.PackageInvalid, `${path} is ${size} bytes, shorter than the payload it should hold (${length} bytes at offset ${offset}); the file is truncated.`);
    }
    const pool = new bufferPool_1.BufferPool(Math.min(blockSize, Math.max(length, 1)), buffers);
    const blocks = Math.ceil(length / blockSize);
    let nextIndex = 0;
    let closed = false;
    // Reads run in parallel; the observer still sees blocks in order: each waits for the one before it.
    let observed = Promise.resolve();
    const readBlock = async (index, before) => {
        const buf = await pool.acquire();
        const start = index * blockSize;
        const want = Math.min(blockSize, length - start);
        try {
            let got = 0;
            while (got < want) {
                const { bytesRead } = await fh.read(buf, got, want - got, offset + start + got);
                if (bytesRead === 0) {
                    throw new errors_1.IntunePublishError(errors_1.ErrorCodes.PackageInvalid, `${path} ended early while reading the payload (changed during upload?).`);
                }
                got += bytesRead;
            }
            if (observe) {
                await before;
                observe(buf.subarray(0, want));
            }
        }
        catch (e) {
            pool.release(buf);
            throw e;
        }
        let released = false;
        return {
            index,
            data: buf.subarray(0, want),
            release: () => {
                if (released)
                    return;
                released = true;
                pool.release(buf);
            },
        };
    };
    return {
        pool,
        next: async () => {
            if (closed || nextIndex >= blocks)
                return undefined;
            const block = readBlock(nextIndex++, observed);
            observed = block.then(() => undefined, () => undefined);
            return block;
        },
        encryption: () => undefined,
        close: async () => {
            if (closed)
                return;
            closed = true;
            pool.close();
            await fh.close();
        },
    };
}
//# sourceMappingURL=fileRangeSource.js.map

/***/ }),

/***/ 16617:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MiB = exports.MAX_BLOCK_SIZE = exports.MAX_BLOCKS = exports.minimumBlockSize = exports.blockCount = exports.blockId = exports.registerSasSecret = exports.selfCheck = exports.encryptedStreamSource = exports.encryptingSource = exports.fileRangeSource = exports.DEFAULT_REQUEST_TIMEOUT_MS = exports.DEFAULT_RENEW_PERIOD_MS = exports.DEFAULT_RENEW_MARGIN_MS = exports.DEFAULT_CONCURRENCY = exports.DEFAULT_BLOCK_SIZE = exports.uploadBlob = void 0;
/** The blob upload: public face (no side effects on import). */
var uploadBlob_1 = __webpack_require__(44999);
Object.defineProperty(exports, "uploadBlob", ({ enumerable: true, get: function () { return uploadBlob_1.uploadBlob; } }));
Object.defineProperty(exports, "DEFAULT_BLOCK_SIZE", ({ enumerable: true, get: function () { return uploadBlob_1.DEFAULT_BLOCK_SIZE; } }));
Object.defineProperty(exports, "DEFAULT_CONCURRENCY", ({ enumerable: true, get: function () { return uploadBlob_1.DEFAULT_CONCURRENCY; } }));
Object.defineProperty(exports, "DEFAULT_RENEW_MARGIN_MS", ({ enumerable: true, get: function () { return uploadBlob_1.DEFAULT_RENEW_MARGIN_MS; } }));
Object.defineProperty(exports, "DEFAULT_RENEW_PERIOD_MS", ({ enumerable: true, get: function () { return uploadBlob_1.DEFAULT_RENEW_PERIOD_MS; } }));
Object.defineProperty(exports, "DEFAULT_REQUEST_TIMEOUT_MS", ({ enumerable: true, get: function () { return uploadBlob_1.DEFAULT_REQUEST_TIMEOUT_MS; } }));
var fileRangeSource_1 = __webpack_require__(23859);
Object.defineProperty(exports, "fileRangeSource", ({ enumerable: true, get: function () { return fileRangeSource_1.fileRangeSource; } }));
var encryptingSource_1 = __webpack_require__(27063);
Object.defineProperty(exports, "encryptingSource", ({ enumerable: true, get: function () { return encryptingSource_1.encryptingSource; } }));
Object.defineProperty(exports, "encryptedStreamSource", ({ enumerable: true, get: function () { return encryptingSource_1.encryptedStreamSource; } }));
var selfCheck_1 = __webpack_require__(73235);
Object.defineProperty(exports, "selfCheck", ({ enumerable: true, get: function () { return selfCheck_1.selfCheck; } }));
var sasLease_1 = __webpack_require__(28904);
Object.defineProperty(exports, "registerSasSecret", ({ enumerable: true, get: function () { return sasLease_1.registerSasSecret; } }));
var blockPlan_1 = __webpack_require__(11967);
Object.defineProperty(exports, "blockId", ({ enumerable: true, get: function () { return blockPlan_1.blockId; } }));
Object.defineProperty(exports, "blockCount", ({ enumerable: true, get: function () { return blockPlan_1.blockCount; } }));
Object.defineProperty(exports, "minimumBlockSize", ({ enumerable: true, get: function () { return blockPlan_1.minimumBlockSize; } }));
Object.defineProperty(exports, "MAX_BLOCKS", ({ enumerable: true, get: function () { return blockPlan_1.MAX_BLOCKS; } }));
Object.defineProperty(exports, "MAX_BLOCK_SIZE", ({ enumerable: true, get: function () { return blockPlan_1.MAX_BLOCK_SIZE; } }));
Object.defineProperty(exports, "MiB", ({ enumerable: true, get: function () { return blockPlan_1.MiB; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 28904:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SasLease = void 0;
exports.registerSasSecret = registerSasSecret;
/**
 * Holds the SAS URL every block uses and renews it: proactively (before `expiresOn` minus a margin, and on a
 * fixed period like the references' 7 minutes, since Intune's expiry is not always given) and reactively after a
 * 403. Concurrent blocks that hit a 403 together share one renewal. Every URL and its signature is registered as a
 * secret the moment we see it.
 */
const errors_1 = __webpack_require__(7324);
const sanitize_1 = __webpack_require__(49228);
/** Registers a SAS URL and its `sig` (raw and decoded) for redaction, and with the CI's masking. */
function registerSasSecret(url, logger) {
    (0, sanitize_1.registerSecret)(url);
    const q = url.indexOf('?');
    if (q < 0)
        return;
    for (const pair of url.slice(q + 1).split('&')) {
        const [key, value] = pair.split('=');
        if (key?.toLowerCase() !== 'sig' || !value)
            continue;
        (0, sanitize_1.registerSecret)(value);
        logger?.maskSecret(value);
        try {
            const decoded = decodeURIComponent(value);
            (0, sanitize_1.registerSecret)(decoded);
            if (decoded !== value)
                logger?.maskSecret(decoded);
        }
        catch {
            // A malformed escape: the raw value is registered already.
        }
    }
}
function checkUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors_1.IntunePublishError(errors_1.ErrorCodes.UploadFailed, 'The upload SAS URL is not a valid URL.');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new errors_1.IntunePublishError(errors_1.ErrorCodes.UploadFailed, `The upload SAS URL uses ${parsed.protocol}, not https.`);
    }
    if (!parsed.search) {
        throw new errors_1.IntunePublishError(errors_1.ErrorCodes.UploadFailed, 'The upload SAS URL has no query (no signature).');
    }
}
class SasLease {
    opts;
    current;
    expiresOn;
    issuedAt;
    pending;
    renewals = 0;
    now;
    constructor(opts) {
        this.opts = opts;
        registerSasSecret(opts.url, opts.logger);
        checkUrl(opts.url);
        this.current = opts.url;
        this.expiresOn = opts.expiresOn;
        this.now = opts.now ?? Date.now;
        this.issuedAt = this.now();
    }
    /** The URL to use now, renewing first when it is about to expire. */
    async url() {
        if (this.pending)
            return this.pending;
        const t = this.now();
        const expiring = this.expiresOn !== undefined && this.expiresOn.getTime() - t < this.margin(this.expiresOn);
        if (expiring || t - this.issuedAt >= this.opts.periodMs) {
            return this.renew(expiring ? 'the SAS expires soon' : 'periodic renewal');
        }
        return this.current;
    }
    /** After a 403 with `usedUrl`: renew, unless another block already did since. */
    async forbidden(usedUrl) {
        if (this.pending)
            return this.pending;
        if (usedUrl !== this.current)
            return this.current;
        return this.renew('a block got 403');
    }
    /** The configured margin, but at most half the URL's lifetime, so a short-lived SAS isn't renewed in a loop. */
    margin(expiresOn) {
        return Math.min(this.opts.marginMs, Math.max(0, (expiresOn.getTime() - this.issuedAt) / 2));
    }
    /** The latest URL without renewing (for logging decisions). */
    latest() {
        return this.current;
    }
    renew(reason) {
        this.opts.logger.debug(`upload: renewing the SAS URL (${reason})`);
        const p = (async () => {
            let next;
            try {
                next = await this.opts.renew();
            }
            catch (e) {
                if (e instanceof errors_1.IntunePublishError)
                    throw e;
                throw new errors_1.IntunePublishError(errors_1.ErrorCodes.UploadFailed, `Renewing the upload SAS URL failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
            }
            registerSasSecret(next.url, this.opts.logger);
            checkUrl(next.url);
            this.current = next.url;
            this.expiresOn = next.expiresOn;
            this.issuedAt = this.now();
            this.renewals++;
            this.opts.logger.debug(`upload: SAS URL renewed (${this.renewals} so far)`);
            return next.url;
        })();
        this.pending = p;
        const clear = () => {
            if (this.pending === p)
                this.pending = undefined;
        };
        p.then(clear, clear);
        return p;
    }
}
exports.SasLease = SasLease;
//# sourceMappingURL=sasLease.js.map

/***/ }),

/***/ 73235:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.selfCheck = selfCheck;
/**
 * The last look before commit: do the sizes, the MAC and the digest we are about to send agree with the bytes we
 * uploaded? Intune answers a mismatch with a bare commitFileFailed minutes later; this names the one check that
 * failed, right away, as our own mistake.
 */
const payloadEncryptor_1 = __webpack_require__(36519);
const errors_1 = __webpack_require__(7324);
/** Throws COMMIT_FAILED naming the first check that fails; returns the names of the checks that passed. */
function selfCheck(input) {
    const passed = [];
    const check = (name, ok, detail) => {
        if (!ok) {
            throw new errors_1.IntunePublishError(errors_1.ErrorCodes.CommitFailed, `Self-check before commit failed (${name}): ${detail()}. This is intune-publish's own mistake, not Intune's; nothing was committed.`, { fix: 'Please report it with this message; re-running will not help.' });
        }
        passed.push(name);
    };
    const { info } = input;
    const b64 = (v) => Buffer.from(v ?? '', 'base64');
    check('uploaded-size', input.uploadedBytes === input.expectedEncryptedSize, () => `uploaded ${input.uploadedBytes} bytes but sizeEncrypted is ${input.expectedEncryptedSize}`);
    check('encrypted-size', input.expectedEncryptedSize === (0, payloadEncryptor_1.encryptedLength)(input.expectedSize), () => `sizeEncrypted ${input.expectedEncryptedSize} does not fit size ${input.expectedSize} (expected ${(0, payloadEncryptor_1.encryptedLength)(input.expectedSize)})`);
    if (input.encryption) {
        const plain = input.encryption.plainLength;
        check('plain-size', plain === input.expectedSize, () => `encrypted ${plain} bytes but size is ${input.expectedSize}`);
    }
    const lengths = [
        ['encryptionKey', b64(info.encryptionKey).length, 32],
        ['macKey', b64(info.macKey).length, 32],
        ['initializationVector', b64(info.initializationVector).length, payloadEncryptor_1.IV_LENGTH],
        ['fileDigest', b64(info.fileDigest).length, 32],
    ];
    const bad = lengths.find(([, got, want]) => got !== want);
    check('key-lengths', !bad, () => `${bad?.[0]} decodes to ${bad?.[1]} bytes, not ${bad?.[2]}`);
    check('profile', info.profileIdentifier === 'ProfileVersion1' && info.fileDigestAlgorithm === 'SHA256', () => `profile ${info.profileIdentifier}/${info.fileDigestAlgorithm}, expected ProfileVersion1/SHA256`);
    const mac = b64(info.mac);
    check('mac-length', mac.length === payloadEncryptor_1.MAC_LENGTH, () => `mac decodes to ${mac.length} bytes, not ${payloadEncryptor_1.MAC_LENGTH}`);
    const uploadedMac = input.mac ?? input.encryption?.mac;
    if (uploadedMac) {
        check('mac-equality', uploadedMac.equals(mac), () => 'the HMAC uploaded first in the blob differs from the commit mac');
    }
    if (input.encryption) {
        check('digest', input.encryption.digest.equals(b64(info.fileDigest)), () => 'fileDigest differs from the SHA-256 of the plaintext that was encrypted');
    }
    return passed;
}
//# sourceMappingURL=selfCheck.js.map

/***/ }),

/***/ 44999:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_REQUEST_TIMEOUT_MS = exports.DEFAULT_RENEW_PERIOD_MS = exports.DEFAULT_RENEW_MARGIN_MS = exports.DEFAULT_BLOCK_SIZE = exports.DEFAULT_CONCURRENCY = void 0;
exports.uploadBlob = uploadBlob;
/**
 * Uploads one blob to an Intune SAS URL as Azure blocks, several at once, then commits the block list.
 * Memory is bounded by `concurrency` pooled buffers of `blockSize` bytes, whatever the file size.
 * Graph is not called here: the orchestrator hands in `renew`, which does renewUpload and returns the new URL.
 */
const undici_1 = __webpack_require__(97275);
const errors_1 = __webpack_require__(7324);
const logger_1 = __webpack_require__(71539);
const blockPlan_1 = __webpack_require__(11967);
const request_1 = __webpack_require__(9681);
const blobRequests_1 = __webpack_require__(49196);
const sasLease_1 = __webpack_require__(28904);
const uploadProgress_1 = __webpack_require__(90215);
/** Defaults chosen by measurement against Azurite (docs/upload.md). */
exports.DEFAULT_CONCURRENCY = 4;
exports.DEFAULT_BLOCK_SIZE = 4 * blockPlan_1.MiB;
/** Renew when less than this is left on a known expiry (MS-PKG uses 3 min). */
exports.DEFAULT_RENEW_MARGIN_MS = 2 * 60_000;
/** Renew at least this often; the references renew every 7.5 min and SAS lifetimes are undocumented. */
exports.DEFAULT_RENEW_PERIOD_MS = 7 * 60_000;
/** Per request: WinTuner found 100 s too short for 6 MiB on slow links. */
exports.DEFAULT_REQUEST_TIMEOUT_MS = 180_000;
async function uploadBlob(opts) {
    const started = Date.now();
    const logger = (0, logger_1.safeLogger)(opts.logger ?? logger_1.silentLogger);
    const concurrency = opts.concurrency ?? exports.DEFAULT_CONCURRENCY;
    const blockSize = opts.blockSize ?? exports.DEFAULT_BLOCK_SIZE;
    const { source } = opts;
    (0, blockPlan_1.validateBlockSettings)({ blockSize, concurrency }, source.dataLength, source.extraBlocks);
    const retry = {
        ...(0, request_1.resolveRetrySettings)(request_1.BLOB_RETRY, opts.retry),
        renewalsPerBlock: opts.retry?.renewalsPerBlock ?? 3,
    };
    const lease = new sasLease_1.SasLease({
        url: opts.sasUrl,
        expiresOn: opts.sasExpiresOn,
        renew: opts.renew,
        marginMs: opts.renewMarginMs ?? exports.DEFAULT_RENEW_MARGIN_MS,
        periodMs: opts.renewPeriodMs ?? exports.DEFAULT_RENEW_PERIOD_MS,
        logger,
    });
    const abort = new AbortController();
    opts.signal?.throwIfAborted();
    const onOuterAbort = () => abort.abort(opts.signal?.reason);
    opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const ownDispatcher = opts.dispatcher
        ? undefined
        : new undici_1.Agent({ keepAliveTimeout: 30_000, connect: opts.caPem ? { ca: opts.caPem } : undefined });
    const dispatcher = opts.dispatcher ?? ownDispatcher;
    const progress = new uploadProgress_1.UploadProgress({
        total: source.length ?? 0,
        emit: e => logger.progress(e),
        intervalMs: opts.progressIntervalMs,
    });
    const ctx = {
        lease,
        retry,
        logger,
        perRetry: opts.perRetry,
        counters: { retries: 0 },
        put: { dispatcher, timeoutMs: opts.requestTimeoutMs ?? exports.DEFAULT_REQUEST_TIMEOUT_MS, signal: abort.signal },
    };
    logger.debug(`upload: ${source.length ?? 'unknown'} bytes in ${blockSize / blockPlan_1.MiB} MiB blocks, ${concurrency} at once`);
    let reader;
    try {
        reader = await source.open({ blockSize, buffers: concurrency });
        const sent = await sendBlocks(reader, concurrency, ctx, progress, abort);
        progress.finish();
        const indices = [...sent.sizes.keys()].sort((a, b) => a - b);
        indices.forEach((index, pos) => {
            if (index !== pos)
                throw new errors_1.IntunePublishError(errors_1.ErrorCodes.UploadFailed, `Internal error: block ${pos} missing.`);
        });
        const blockIds = indices.map(blockPlan_1.blockId);
        await (0, blobRequests_1.sendWithRetry)('the block list', (0, blockPlan_1.blockListXml)(blockIds), 'application/xml', blobRequests_1.putBlockListUrl, ctx);
        const encryption = reader.encryption();
        const bytesUploaded = [...sent.sizes.values()].reduce((a, b) => a + b, 0);
        logger.debug(`upload: committed ${blockIds.length} blocks, ${bytesUploaded} bytes`);
        return {
            bytesUploaded,
            blocks: blockIds.length,
            retries: ctx.counters.retries,
            renewals: lease.renewals,
            durationMs: Date.now() - started,
            blockIds,
            mac: source.kind === 'stream' ? sent.first : undefined,
            encryption,
            maxInFlight: sent.maxInFlight,
            maxBuffersInUse: reader.pool.maxLive,
        };
    }
    catch (e) {
        if (opts.signal?.aborted)
            throw opts.signal.reason;
        throw e;
    }
    finally {
        opts.signal?.removeEventListener('abort', onOuterAbort);
        await reader?.close().catch(() => undefined);
        await ownDispatcher?.close().catch(() => undefined);
    }
}
/** Runs `concurrency` workers that each take the next block and send it; the first failure stops them all. */
async function sendBlocks(reader, concurrency, ctx, progress, abort) {
    const sizes = new Map();
    let first;
    let inFlight = 0;
    let maxInFlight = 0;
    let failure;
    const worker = async () => {
        while (!failure) {
            const block = await reader.next();
            if (!block)
                return;
            let counted = false;
            try {
                if (block.index >= blockPlan_1.MAX_BLOCKS) {
                    throw new errors_1.IntunePublishError(errors_1.ErrorCodes.UploadFailed, `The payload needs more than ${blockPlan_1.MAX_BLOCKS} blocks of ${reader.pool.bufferSize} bytes.`, { fix: 'Raise the upload block size.' });
                }
                inFlight++;
                counted = true;
                maxInFlight = Math.max(maxInFlight, inFlight);
                const id = (0, blockPlan_1.blockId)(block.index);
                await (0, blobRequests_1.sendWithRetry)(`block ${block.index}`, block.data, undefined, sas => (0, blobRequests_1.putBlockUrl)(sas, id), ctx);
                sizes.set(block.index, block.data.length);
                if (block.index === 0)
                    first = Buffer.from(block.data);
                progress.add(block.data.length);
            }
            finally {
                if (counted)
                    inFlight--;
                block.release();
            }
        }
    };
    const results = await Promise.allSettled(Array.from({ length: concurrency }, () => worker().catch(e => {
        if (!failure)
            failure = e;
        abort.abort(e);
        // Wakes workers waiting for a buffer or for the stream.
        void reader.close().catch(() => undefined);
        throw e;
    })));
    if (failure)
        throw failure;
    const rejected = results.find(r => r.status === 'rejected');
    if (rejected)
        throw rejected.reason;
    return { sizes, first, maxInFlight };
}
//# sourceMappingURL=uploadBlob.js.map

/***/ }),

/***/ 90215:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UploadProgress = void 0;
const blockPlan_1 = __webpack_require__(11967);
class UploadProgress {
    opts;
    done = 0;
    lastEmit = -Infinity;
    finished = false;
    samples = [];
    now;
    intervalMs;
    windowMs;
    constructor(opts) {
        this.opts = opts;
        this.now = opts.now ?? Date.now;
        this.intervalMs = opts.intervalMs ?? 2000;
        this.windowMs = opts.windowMs ?? 10_000;
        this.samples.push({ t: this.now(), done: 0 });
    }
    /** Records `bytes` more as stored; emits when due. */
    add(bytes) {
        this.done += bytes;
        const t = this.now();
        this.samples.push({ t, done: this.done });
        // Keep one sample at or before the window start so the rate spans the whole window.
        while (this.samples.length > 2 && this.samples[1].t <= t - this.windowMs)
            this.samples.shift();
        const complete = this.opts.total > 0 && this.done >= this.opts.total;
        if (complete && !this.finished) {
            this.finished = true;
            this.emitNow(t);
        }
        else if (!complete && t - this.lastEmit >= this.intervalMs) {
            this.emitNow(t);
        }
    }
    /** Emits the last event if it wasn't (total unknown, or progress stopped short of it). */
    finish() {
        if (this.finished)
            return;
        this.finished = true;
        this.emitNow(this.now());
    }
    /** Bytes per second over the window, or undefined before any time has passed. */
    rate(t = this.now()) {
        const first = this.samples[0];
        const span = (t - first.t) / 1000;
        if (span <= 0)
            return undefined;
        return (this.done - first.done) / span;
    }
    event(t = this.now()) {
        const { total } = this.opts;
        const rate = this.rate(t);
        const left = total > 0 ? Math.max(0, total - this.done) : undefined;
        const etaSeconds = rate && left !== undefined ? Math.round(left / rate) : undefined;
        const parts = [
            total > 0
                ? `upload ${mib(this.done)}/${mib(total)} MiB (${Math.floor((this.done / total) * 100)}%)`
                : `upload ${mib(this.done)} MiB`,
        ];
        if (rate !== undefined)
            parts.push(`${mib(rate)} MiB/s`);
        if (etaSeconds !== undefined)
            parts.push(`ETA ${etaSeconds}s`);
        return { phase: 'upload', done: this.done, total, rate, etaSeconds, message: parts.join(' ') };
    }
    emitNow(t) {
        this.lastEmit = t;
        this.opts.emit(this.event(t));
    }
}
exports.UploadProgress = UploadProgress;
function mib(bytes) {
    return (bytes / blockPlan_1.MiB).toFixed(1);
}
//# sourceMappingURL=uploadProgress.js.map

/***/ }),

/***/ 17603:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"intune-publish app template","description":"What an app package can\'t say about itself. Keys are Microsoft Graph property names wherever Graph has one. Values read from the package fill the gaps; the template overrides them.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Path or URL of this schema, for editor autocompletion."},"extends":{"type":"string","description":"Path (relative to this file) of a base template. This file\'s values win; arrays replace the base\'s arrays. Chains are allowed, cycles are refused."},"displayName":{"type":"string","minLength":1,"description":"Graph displayName. Defaults to the name read from the package."},"description":{"type":"string","minLength":1,"description":"Graph description (Intune requires one). Defaults to the display name, with a warning."},"publisher":{"type":"string","minLength":1,"description":"Graph publisher. Defaults to the publisher read from the package."},"icon":{"type":"string","minLength":1,"description":"Path (relative to this file) of a PNG or JPEG icon, at most 2 MiB. Sent as Graph largeIcon."},"categories":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"App category display names (resolved to ids and linked with $ref)."},"notes":{"type":"string","description":"Graph notes. intune-publish appends its own marker line (package digest and version)."},"owner":{"type":"string"},"developer":{"type":"string"},"informationUrl":{"type":"string","pattern":"^https?://","errorMessage":"an http(s) URL","description":"Graph informationUrl."},"privacyInformationUrl":{"type":"string","pattern":"^https?://","errorMessage":"an http(s) URL","description":"Graph privacyInformationUrl."},"isFeatured":{"type":"boolean","description":"Show as featured in the Company Portal."},"scopeTags":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Scope tag display names (resolved to ids; needs Graph beta and DeviceManagementRBAC.Read.All)."},"roleScopeTagIds":{"type":"array","items":{"type":"string","pattern":"^[0-9]+$","errorMessage":"a scope tag id (digits)"},"description":"Graph roleScopeTagIds (beta only): scope tag ids."},"assignments":{"type":["string","object","array"],"minLength":1,"description":"An assignment template: its name, its path (relative to this file), the template itself inline ({mode, guardrails, assignments}), or just its list of assignments."},"supersedes":{"type":"array","maxItems":10,"items":{"$ref":"#/definitions/supersedence"},"description":"Win32 apps this app supersedes (Intune allows 10)."},"dependencies":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/dependency"},"description":"Win32 apps this app depends on (Intune allows 100)."},"installCommandLine":{"type":"string","minLength":1,"description":"Win32: install command. Defaults to msiexec /i for an MSI setup file."},"uninstallCommandLine":{"type":"string","minLength":1,"description":"Win32: uninstall command. Defaults to msiexec /x {ProductCode} for an MSI setup file."},"installExperience":{"type":"object","additionalProperties":false,"description":"Win32: how the installer runs.","properties":{"runAsAccount":{"enum":["system","user"],"description":"Default system."},"deviceRestartBehavior":{"enum":["basedOnReturnCode","allow","suppress","force"],"description":"Default basedOnReturnCode."},"maxRunTimeInMinutes":{"type":"integer","minimum":1,"maximum":1440,"description":"Beta only. Intune\'s default is 60."}}},"returnCodes":{"type":"array","minItems":1,"description":"Win32 return codes. When absent: 0 success, 1707 success, 3010 softReboot, 1641 hardReboot, 1618 retry.","items":{"type":"object","additionalProperties":false,"required":["returnCode","type"],"properties":{"returnCode":{"type":"integer"},"type":{"enum":["failed","success","softReboot","hardReboot","retry"]}}}},"minimumSupportedWindowsRelease":{"$ref":"#/definitions/windowsRelease"},"applicableArchitectures":{"$ref":"#/definitions/architectures"},"allowedArchitectures":{"$ref":"#/definitions/architectures"},"minimumFreeDiskSpaceInMB":{"type":"integer","minimum":1},"minimumMemoryInMB":{"type":"integer","minimum":1},"minimumNumberOfProcessors":{"type":"integer","minimum":1},"minimumCpuSpeedInMHz":{"type":"integer","minimum":1},"displayVersion":{"type":"string","description":"Win32 (beta only): version shown in Intune. Defaults to the package version."},"allowAvailableUninstall":{"type":"boolean","description":"Win32 (beta only): let users uninstall an available app from the Company Portal."},"detection":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/detectionRule"},"description":"Win32 detection rules (shorthand). At most one script rule."},"requirements":{"$ref":"#/definitions/requirements"},"rules":{"type":"array","description":"Graph win32LobAppRule objects, verbatim (with @odata.type). Added to detection/requirements.","items":{"type":"object","required":["@odata.type","ruleType"],"properties":{"@odata.type":{"enum":["#microsoft.graph.win32LobAppFileSystemRule","#microsoft.graph.win32LobAppRegistryRule","#microsoft.graph.win32LobAppProductCodeRule","#microsoft.graph.win32LobAppPowerShellScriptRule"]},"ruleType":{"enum":["detection","requirement"]}}}},"commandLine":{"type":"string","description":"MSI (windowsMobileMSI): extra msiexec arguments."},"ignoreVersionDetection":{"type":"boolean","description":"MSI/macOS: let Intune skip version detection."},"useDeviceContext":{"type":"boolean","description":"MSI (beta only): install in device context."},"minimumSupportedOperatingSystem":{"type":["string","object"],"pattern":"^[0-9]+(\\\\.[0-9]+)*$","errorMessage":"a version such as \\"16.0\\", or Graph\'s object such as {v16_0: true}","additionalProperties":{"type":"boolean"},"propertyNames":{"pattern":"^(@odata\\\\.type|v[0-9A-Za-z_]+)$"},"description":"iOS, Android, macOS, MSIX: minimum OS, as \\"16.0\\" (or \\"10.0.1607\\"/\\"1607\\" for Windows) or Graph\'s object {v16_0: true}."},"applicableDeviceType":{"type":"object","additionalProperties":false,"properties":{"iPad":{"type":"boolean"},"iPhoneAndIPod":{"type":"boolean"}},"description":"iOS: device families (default from the package; both when unknown)."},"applicableDeviceTypes":{"type":"string","pattern":"^(desktop|mobile|holographic|team)(,(desktop|mobile|holographic|team))*$","errorMessage":"desktop, mobile, holographic, team (comma separated)","description":"MSIX: device types. Default desktop."},"targetedPlatforms":{"enum":["androidDeviceAdministrator","androidOpenSourceProject"],"description":"Android (beta only)."},"primaryBundleId":{"type":"string","minLength":1,"description":"macOS PKG/DMG: bundle id Intune detects. Required for DMG."},"primaryBundleVersion":{"type":"string","minLength":1,"description":"macOS PKG/DMG: bundle version. Required for DMG."},"includedApps":{"type":"array","minItems":1,"maxItems":500,"description":"macOS PKG/DMG: the apps the package installs. Required for DMG.","items":{"type":"object","additionalProperties":false,"required":["bundleId","bundleVersion"],"properties":{"bundleId":{"type":"string","minLength":1},"bundleVersion":{"type":"string","minLength":1}}}},"preInstallScript":{"type":"string","minLength":1,"description":"macOS PKG (beta): path of a shell script run before install."},"postInstallScript":{"type":"string","minLength":1,"description":"macOS PKG (beta): path of a shell script run after install."}},"definitions":{"guid":{"type":"string","pattern":"^\\\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\\\}?$","errorMessage":"a GUID"},"operator":{"enum":["notConfigured","equal","notEqual","greaterThan","greaterThanOrEqual","lessThan","lessThanOrEqual","=","!=",">",">=","<","<="],"description":"Comparison: Graph\'s names or = != > >= < <=. Default equal."},"windowsRelease":{"type":"string","pattern":"^(1607|1703|1709|1803|1809|1903|1909|2004|2H20|21H1|Windows1[01]_[0-9]{2}H[12])$","errorMessage":"one of 1607, 1703, 1709, 1803, 1809, 1903, 1909, 2004, 2H20, 21H1, Windows10_21H2, Windows10_22H2, Windows11_21H2, Windows11_22H2, Windows11_23H2, Windows11_24H2","description":"Minimum Windows release (Graph minimumSupportedWindowsRelease)."},"architectures":{"type":["string","array"],"pattern":"^(x86|x64|arm|arm64|neutral)(,(x86|x64|arm|arm64|neutral))*$","errorMessage":"x86, x64, arm, arm64, neutral (a list or comma separated)","items":{"enum":["x86","x64","arm","arm64","neutral"]},"uniqueItems":true,"minItems":1},"supersedence":{"type":["string","object"],"minLength":1,"additionalProperties":false,"properties":{"id":{"$ref":"#/definitions/guid"},"name":{"type":"string","minLength":1},"type":{"enum":["update","replace"],"description":"update (default) upgrades in place; replace uninstalls the old app first."}},"description":"An app id or display name, or {id|name, type: update|replace}."},"dependency":{"type":["string","object"],"minLength":1,"additionalProperties":false,"properties":{"id":{"$ref":"#/definitions/guid"},"name":{"type":"string","minLength":1},"type":{"enum":["autoInstall","detect"],"description":"autoInstall (default) installs it first; detect only requires it."}},"description":"An app id or display name, or {id|name, type: autoInstall|detect}."},"scriptPath":{"type":"string","minLength":1,"description":"PowerShell script file, relative to this template."},"scriptContent":{"type":"string","minLength":1,"description":"The script text inline (instead of path)."},"fileRule":{"type":"object","additionalProperties":false,"required":["path","name"],"properties":{"path":{"type":"string","minLength":1,"description":"Folder, e.g. C:\\\\Program Files\\\\7-Zip"},"name":{"type":"string","minLength":1,"description":"File or folder name in it."},"check":{"enum":["exists","doesNotExist","version","modifiedDate","createdDate","sizeInMB","sizeInBytes","appVersion"],"description":"Default exists. doesNotExist, sizeInBytes and appVersion need Graph beta."},"operator":{"$ref":"#/definitions/operator"},"value":{"type":["string","number"],"description":"Value compared with (not for exists/doesNotExist)."},"check32BitOn64System":{"type":"boolean","description":"Look in the 32-bit locations on 64-bit Windows. Default false."}}},"registryRule":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"key":{"type":"string","minLength":1,"description":"Key path, e.g. HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\7-Zip"},"valueName":{"type":"string","description":"Value name; omit for the key itself."},"check":{"enum":["exists","doesNotExist","string","integer","version","appVersion"],"description":"Default exists. appVersion needs Graph beta."},"operator":{"$ref":"#/definitions/operator"},"value":{"type":["string","number"],"description":"Value compared with (not for exists/doesNotExist)."},"check32BitOn64System":{"type":"boolean"}}},"detectionRule":{"type":"object","minProperties":1,"maxProperties":1,"errorMessage":"exactly one of msi, file, registry, script","additionalProperties":false,"properties":{"msi":{"type":"object","additionalProperties":false,"required":["productCode"],"properties":{"productCode":{"$ref":"#/definitions/guid"},"productVersion":{"type":"string","minLength":1},"operator":{"$ref":"#/definitions/operator"}}},"file":{"$ref":"#/definitions/fileRule"},"registry":{"$ref":"#/definitions/registryRule"},"script":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"path":{"$ref":"#/definitions/scriptPath"},"content":{"$ref":"#/definitions/scriptContent"},"enforceSignatureCheck":{"type":"boolean"},"runAs32Bit":{"type":"boolean"}}}}},"requirements":{"type":"object","additionalProperties":false,"description":"Win32 requirement rules (shorthand).","properties":{"architectures":{"$ref":"#/definitions/architectures"},"minimumWindowsRelease":{"$ref":"#/definitions/windowsRelease"},"diskSpaceMB":{"type":"integer","minimum":1},"memoryMB":{"type":"integer","minimum":1},"cpuCount":{"type":"integer","minimum":1},"cpuSpeedMHz":{"type":"integer","minimum":1},"file":{"type":"array","items":{"$ref":"#/definitions/fileRule"}},"registry":{"type":"array","items":{"$ref":"#/definitions/registryRule"}},"script":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["check","value"],"properties":{"path":{"$ref":"#/definitions/scriptPath"},"content":{"$ref":"#/definitions/scriptContent"},"displayName":{"type":"string"},"check":{"enum":["string","dateTime","integer","float","version","boolean"],"description":"Type of the script\'s output."},"operator":{"$ref":"#/definitions/operator"},"value":{"type":["string","number","boolean"]},"runAsAccount":{"enum":["system","user"]},"enforceSignatureCheck":{"type":"boolean"},"runAs32Bit":{"type":"boolean"}}}}}}}}');

/***/ }),

/***/ 56649:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"intune-publish assignment template","description":"Who gets an app and how. Reusable across apps (e.g. pilot, broad, retire-old). Group, filter and scope names are resolved to ids once per run.","type":"object","additionalProperties":false,"required":["assignments"],"properties":{"$schema":{"type":"string","description":"Path or URL of this schema, for editor autocompletion."},"extends":{"type":"string","description":"Path (relative to this file) of a base assignment template; this file\'s values win, arrays replace."},"mode":{"enum":["merge","replace"],"description":"merge (default): keep assignments this template doesn\'t name, add or update ours. replace: the app gets exactly these assignments, others are removed."},"guardrails":{"type":"object","additionalProperties":false,"description":"Safety checks, on by default.","properties":{"allowRequiredToAll":{"type":"boolean","description":"Allow a required assignment to All users / All devices without a filter. Default false."},"allowEmptyGroups":{"type":"boolean","description":"Allow targeting a group with no members. Default false."}}},"assignments":{"type":"array","items":{"$ref":"#/definitions/entry"}}},"definitions":{"guid":{"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$","errorMessage":"a GUID"},"time":{"type":"string","minLength":1,"description":"An ISO date-time (2025-03-01T08:00:00Z) or a time relative to the publish run: +90m, +12h, +3d, +1w (combinable: +1d12h)."},"exclusion":{"type":["string","object"],"minLength":1,"additionalProperties":false,"description":"A group to exclude: a display name, a group id (GUID), {group: name} or {groupId: id}.","properties":{"group":{"type":"string","minLength":1},"groupId":{"$ref":"#/definitions/guid"},"filter":{"description":"Not allowed: Intune can\'t apply filters to excluded groups."}}},"entry":{"type":"object","additionalProperties":false,"required":["intent"],"properties":{"intent":{"enum":["required","available","uninstall","availableWithoutEnrollment"],"description":"How the app is offered."},"group":{"type":"string","minLength":1,"description":"Target group by display name (must match exactly one group)."},"groupId":{"$ref":"#/definitions/guid","description":"Target group by object id."},"allUsers":{"const":true,"description":"Target all licensed users."},"allDevices":{"const":true,"description":"Target all devices."},"exclude":{"type":"array","items":{"$ref":"#/definitions/exclusion"},"description":"Groups excluded from this intent."},"filter":{"type":"object","additionalProperties":false,"required":["mode"],"description":"An assignment filter by id or name (needs Graph beta).","properties":{"id":{"$ref":"#/definitions/guid"},"name":{"type":"string","minLength":1},"mode":{"enum":["include","exclude"]}}},"settings":{"type":"object","additionalProperties":false,"description":"Per-platform settings; the block for the app\'s platform is used.","properties":{"win32":{"type":"object","additionalProperties":false,"properties":{"notifications":{"enum":["showAll","showReboot","hideAll"],"description":"Default showAll."},"deliveryOptimizationPriority":{"enum":["notConfigured","foreground"],"description":"Default notConfigured."},"installTime":{"type":"object","additionalProperties":false,"properties":{"availability":{"$ref":"#/definitions/time","description":"When the app becomes available (absolute or relative, e.g. +1d)."},"deadline":{"$ref":"#/definitions/time","description":"Installation deadline (absolute or relative, e.g. +3d)."},"useLocalTime":{"type":"boolean","description":"Interpret the times in the device\'s local time zone. Default false (UTC)."}}},"restart":{"type":"object","additionalProperties":false,"properties":{"gracePeriodInMinutes":{"type":"integer","minimum":1,"maximum":20160,"description":"Default 1440."},"countdownDisplayBeforeRestartInMinutes":{"type":"integer","minimum":1,"maximum":240,"description":"Default 15."},"restartNotificationSnoozeDurationInMinutes":{"type":"integer","minimum":1,"maximum":712,"description":"Omit to disallow snoozing."}}},"autoUpdateSupersededApps":{"type":"boolean","description":"Automatically update superseded apps (available intent)."}}},"ios":{"type":"object","additionalProperties":false,"properties":{"isRemovable":{"type":"boolean"},"uninstallOnDeviceRemoval":{"type":"boolean"},"vpnConfigurationId":{"type":"string","minLength":1},"preventManagedAppBackup":{"type":"boolean","description":"Beta only."}}},"macos":{"type":"object","additionalProperties":false,"properties":{"uninstallOnDeviceRemoval":{"type":"boolean"}}},"msix":{"type":"object","additionalProperties":false,"properties":{"useDeviceContext":{"type":"boolean","description":"Install for the device instead of the user. Default false."}}}}}}}}}');

/***/ }),

/***/ 36379:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"source":{"repo":"microsoftgraph/msgraph-metadata","path":"schemas/beta-Prod.csdl","commit":"0564689b82afc308d5aa8be54edfb9e5f1e0539f","blob":"e58bfcdca1419480b7029c87f6e26b8ff2a67f22"},"types":{"microsoft.graph.allDevicesAssignmentTarget":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.deviceAndAppManagementAssignmentTarget","properties":{}},"microsoft.graph.allLicensedUsersAssignmentTarget":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.deviceAndAppManagementAssignmentTarget","properties":{}},"microsoft.graph.androidLobApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"minimumSupportedOperatingSystem":{"type":"microsoft.graph.androidMinimumOperatingSystem","nullable":true},"packageId":{"type":"Edm.String","nullable":true},"targetedPlatforms":{"type":"microsoft.graph.androidTargetedPlatforms","nullable":false},"versionCode":{"type":"Edm.String","nullable":true},"versionName":{"type":"Edm.String","nullable":true}}},"microsoft.graph.androidManagedStoreAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"androidManagedStoreAppTrackIds":{"type":"Collection(Edm.String)","nullable":true},"autoUpdateMode":{"type":"microsoft.graph.androidManagedStoreAutoUpdateMode","nullable":false}}},"microsoft.graph.androidMinimumOperatingSystem":{"kind":"complex","abstract":false,"baseType":null,"properties":{"v10_0":{"type":"Edm.Boolean","nullable":false},"v11_0":{"type":"Edm.Boolean","nullable":false},"v12_0":{"type":"Edm.Boolean","nullable":false},"v13_0":{"type":"Edm.Boolean","nullable":false},"v14_0":{"type":"Edm.Boolean","nullable":false},"v15_0":{"type":"Edm.Boolean","nullable":false},"v4_0":{"type":"Edm.Boolean","nullable":false},"v4_0_3":{"type":"Edm.Boolean","nullable":false},"v4_1":{"type":"Edm.Boolean","nullable":false},"v4_2":{"type":"Edm.Boolean","nullable":false},"v4_3":{"type":"Edm.Boolean","nullable":false},"v4_4":{"type":"Edm.Boolean","nullable":false},"v5_0":{"type":"Edm.Boolean","nullable":false},"v5_1":{"type":"Edm.Boolean","nullable":false},"v6_0":{"type":"Edm.Boolean","nullable":false},"v7_0":{"type":"Edm.Boolean","nullable":false},"v7_1":{"type":"Edm.Boolean","nullable":false},"v8_0":{"type":"Edm.Boolean","nullable":false},"v8_1":{"type":"Edm.Boolean","nullable":false},"v9_0":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.configurationManagerCollectionAssignmentTarget":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.deviceAndAppManagementAssignmentTarget","properties":{"collectionId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.deviceAndAppManagementAssignmentTarget":{"kind":"complex","abstract":true,"baseType":null,"properties":{"deviceAndAppManagementAssignmentFilterId":{"type":"Edm.String","nullable":true},"deviceAndAppManagementAssignmentFilterType":{"type":"microsoft.graph.deviceAndAppManagementAssignmentFilterType","nullable":false}}},"microsoft.graph.entity":{"kind":"entity","abstract":true,"baseType":null,"properties":{"id":{"type":"Edm.String","nullable":false}}},"microsoft.graph.exclusionGroupAssignmentTarget":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.groupAssignmentTarget","properties":{}},"microsoft.graph.fileEncryptionInfo":{"kind":"complex","abstract":false,"baseType":null,"properties":{"encryptionKey":{"type":"Edm.Binary","nullable":true},"fileDigest":{"type":"Edm.Binary","nullable":true},"fileDigestAlgorithm":{"type":"Edm.String","nullable":true},"initializationVector":{"type":"Edm.Binary","nullable":true},"mac":{"type":"Edm.Binary","nullable":true},"macKey":{"type":"Edm.Binary","nullable":true},"profileIdentifier":{"type":"Edm.String","nullable":true}}},"microsoft.graph.groupAssignmentTarget":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.deviceAndAppManagementAssignmentTarget","properties":{"groupId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.iosDdmLobAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"associatedDomains":{"type":"Collection(Edm.String)","nullable":true},"associatedDomainsDirectDownloadAllowed":{"type":"Edm.Boolean","nullable":true},"cellularSliceConfigurationId":{"type":"Edm.String","nullable":true},"contentFilterConfigurationId":{"type":"Edm.String","nullable":true},"dnsProxyConfigurationId":{"type":"Edm.String","nullable":true},"preventManagedAppBackup":{"type":"Edm.Boolean","nullable":true},"relayConfigurationId":{"type":"Edm.String","nullable":true},"tapToPayScreenLockEnabled":{"type":"Edm.Boolean","nullable":true},"vpnConfigurationId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.iosDdmStoreAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"allowDownloadsOverCellular":{"type":"microsoft.graph.ddmAppAllowDownloadsOverCellular","nullable":true},"associatedDomains":{"type":"Collection(Edm.String)","nullable":true},"associatedDomainsDirectDownloadAllowed":{"type":"Edm.Boolean","nullable":true},"automaticAppUpdates":{"type":"microsoft.graph.ddmAppAutomaticAppUpdates","nullable":true},"cellularSliceConfigurationId":{"type":"Edm.String","nullable":true},"contentFilterConfigurationId":{"type":"Edm.String","nullable":true},"dnsProxyConfigurationId":{"type":"Edm.String","nullable":true},"preventManagedAppBackup":{"type":"Edm.Boolean","nullable":true},"relayConfigurationId":{"type":"Edm.String","nullable":true},"tapToPayScreenLockEnabled":{"type":"Edm.Boolean","nullable":true},"version":{"type":"Edm.Int32","nullable":true},"vpnConfigurationId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.iosDdmVppAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"allowDownloadsOverCellular":{"type":"microsoft.graph.ddmAppAllowDownloadsOverCellular","nullable":true},"associatedDomains":{"type":"Collection(Edm.String)","nullable":true},"associatedDomainsDirectDownloadAllowed":{"type":"Edm.Boolean","nullable":true},"automaticAppUpdates":{"type":"microsoft.graph.ddmAppAutomaticAppUpdates","nullable":true},"cellularSliceConfigurationId":{"type":"Edm.String","nullable":true},"contentFilterConfigurationId":{"type":"Edm.String","nullable":true},"dnsProxyConfigurationId":{"type":"Edm.String","nullable":true},"preventManagedAppBackup":{"type":"Edm.Boolean","nullable":true},"relayConfigurationId":{"type":"Edm.String","nullable":true},"tapToPayScreenLockEnabled":{"type":"Edm.Boolean","nullable":true},"useDeviceLicensing":{"type":"Edm.Boolean","nullable":false},"version":{"type":"Edm.Int32","nullable":true},"vpnConfigurationId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.iosDeviceType":{"kind":"complex","abstract":false,"baseType":null,"properties":{"iPad":{"type":"Edm.Boolean","nullable":false},"iPhoneAndIPod":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.iosLobApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"appleDeviceAppDeliveryProtocolType":{"type":"microsoft.graph.appleDeviceDeliveryProtocol","nullable":false},"applicableDeviceType":{"type":"microsoft.graph.iosDeviceType","nullable":false},"buildNumber":{"type":"Edm.String","nullable":true},"bundleId":{"type":"Edm.String","nullable":true},"expirationDateTime":{"type":"Edm.DateTimeOffset","nullable":true},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.iosMinimumOperatingSystem","nullable":true},"versionNumber":{"type":"Edm.String","nullable":true}}},"microsoft.graph.iosLobAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"isRemovable":{"type":"Edm.Boolean","nullable":true},"preventManagedAppBackup":{"type":"Edm.Boolean","nullable":true},"uninstallOnDeviceRemoval":{"type":"Edm.Boolean","nullable":true},"vpnConfigurationId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.iosMinimumOperatingSystem":{"kind":"complex","abstract":false,"baseType":null,"properties":{"v10_0":{"type":"Edm.Boolean","nullable":false},"v11_0":{"type":"Edm.Boolean","nullable":false},"v12_0":{"type":"Edm.Boolean","nullable":false},"v13_0":{"type":"Edm.Boolean","nullable":false},"v14_0":{"type":"Edm.Boolean","nullable":false},"v15_0":{"type":"Edm.Boolean","nullable":false},"v16_0":{"type":"Edm.Boolean","nullable":false},"v17_0":{"type":"Edm.Boolean","nullable":false},"v18_0":{"type":"Edm.Boolean","nullable":false},"v26_0":{"type":"Edm.Boolean","nullable":false},"v8_0":{"type":"Edm.Boolean","nullable":false},"v9_0":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.iosStoreAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"isRemovable":{"type":"Edm.Boolean","nullable":true},"preventManagedAppBackup":{"type":"Edm.Boolean","nullable":true},"uninstallOnDeviceRemoval":{"type":"Edm.Boolean","nullable":true},"vpnConfigurationId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.iosVppAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"isRemovable":{"type":"Edm.Boolean","nullable":true},"preventAutoAppUpdate":{"type":"Edm.Boolean","nullable":true},"preventManagedAppBackup":{"type":"Edm.Boolean","nullable":true},"uninstallOnDeviceRemoval":{"type":"Edm.Boolean","nullable":true},"useDeviceLicensing":{"type":"Edm.Boolean","nullable":false},"vpnConfigurationId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.macOSAppScript":{"kind":"complex","abstract":false,"baseType":null,"properties":{"scriptContent":{"type":"Edm.String","nullable":false}}},"microsoft.graph.macOSDmgApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"ignoreVersionDetection":{"type":"Edm.Boolean","nullable":false},"includedApps":{"type":"Collection(microsoft.graph.macOSIncludedApp)","nullable":false},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.macOSMinimumOperatingSystem","nullable":true},"primaryBundleId":{"type":"Edm.String","nullable":false},"primaryBundleVersion":{"type":"Edm.String","nullable":false}}},"microsoft.graph.macOSIncludedApp":{"kind":"complex","abstract":false,"baseType":null,"properties":{"bundleId":{"type":"Edm.String","nullable":false},"bundleVersion":{"type":"Edm.String","nullable":false}}},"microsoft.graph.macOSLobApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"buildNumber":{"type":"Edm.String","nullable":true},"bundleId":{"type":"Edm.String","nullable":true},"childApps":{"type":"Collection(microsoft.graph.macOSLobChildApp)","nullable":true},"ignoreVersionDetection":{"type":"Edm.Boolean","nullable":false},"installAsManaged":{"type":"Edm.Boolean","nullable":false},"md5Hash":{"type":"Collection(Edm.String)","nullable":true},"md5HashChunkSize":{"type":"Edm.Int32","nullable":false},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.macOSMinimumOperatingSystem","nullable":true},"versionNumber":{"type":"Edm.String","nullable":true}}},"microsoft.graph.macOSLobChildApp":{"kind":"complex","abstract":false,"baseType":null,"properties":{"buildNumber":{"type":"Edm.String","nullable":true},"bundleId":{"type":"Edm.String","nullable":true},"versionNumber":{"type":"Edm.String","nullable":true}}},"microsoft.graph.macOSMinimumOperatingSystem":{"kind":"complex","abstract":false,"baseType":null,"properties":{"v10_10":{"type":"Edm.Boolean","nullable":false},"v10_11":{"type":"Edm.Boolean","nullable":false},"v10_12":{"type":"Edm.Boolean","nullable":false},"v10_13":{"type":"Edm.Boolean","nullable":false},"v10_14":{"type":"Edm.Boolean","nullable":false},"v10_15":{"type":"Edm.Boolean","nullable":false},"v10_7":{"type":"Edm.Boolean","nullable":false},"v10_8":{"type":"Edm.Boolean","nullable":false},"v10_9":{"type":"Edm.Boolean","nullable":false},"v11_0":{"type":"Edm.Boolean","nullable":false},"v12_0":{"type":"Edm.Boolean","nullable":false},"v13_0":{"type":"Edm.Boolean","nullable":false},"v14_0":{"type":"Edm.Boolean","nullable":false},"v15_0":{"type":"Edm.Boolean","nullable":false},"v26_0":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.macOSPkgApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"ignoreVersionDetection":{"type":"Edm.Boolean","nullable":false},"includedApps":{"type":"Collection(microsoft.graph.macOSIncludedApp)","nullable":false},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.macOSMinimumOperatingSystem","nullable":true},"postInstallScript":{"type":"microsoft.graph.macOSAppScript","nullable":true},"preInstallScript":{"type":"microsoft.graph.macOSAppScript","nullable":true},"primaryBundleId":{"type":"Edm.String","nullable":false},"primaryBundleVersion":{"type":"Edm.String","nullable":false}}},"microsoft.graph.macOsDdmVppAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"automaticAppUpdates":{"type":"microsoft.graph.ddmAppAutomaticAppUpdates","nullable":true},"isIosApp":{"type":"Edm.Boolean","nullable":true},"useDeviceLicensing":{"type":"Edm.Boolean","nullable":false},"version":{"type":"Edm.Int32","nullable":true}}},"microsoft.graph.macOsLobAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"uninstallOnDeviceRemoval":{"type":"Edm.Boolean","nullable":true}}},"microsoft.graph.macOsVppAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"preventAutoAppUpdate":{"type":"Edm.Boolean","nullable":true},"preventManagedAppBackup":{"type":"Edm.Boolean","nullable":true},"uninstallOnDeviceRemoval":{"type":"Edm.Boolean","nullable":true},"useDeviceLicensing":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.managedAndroidLobApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.managedMobileLobApp","properties":{"minimumSupportedOperatingSystem":{"type":"microsoft.graph.androidMinimumOperatingSystem","nullable":true},"packageId":{"type":"Edm.String","nullable":true},"targetedPlatforms":{"type":"microsoft.graph.androidTargetedPlatforms","nullable":false},"versionCode":{"type":"Edm.String","nullable":true},"versionName":{"type":"Edm.String","nullable":true}}},"microsoft.graph.managedApp":{"kind":"entity","abstract":true,"baseType":"microsoft.graph.mobileApp","properties":{"appAvailability":{"type":"microsoft.graph.managedAppAvailability","nullable":false,"readOnly":true},"version":{"type":"Edm.String","nullable":true}}},"microsoft.graph.managedIOSLobApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.managedMobileLobApp","properties":{"applicableDeviceType":{"type":"microsoft.graph.iosDeviceType","nullable":false},"buildNumber":{"type":"Edm.String","nullable":true},"bundleId":{"type":"Edm.String","nullable":true},"expirationDateTime":{"type":"Edm.DateTimeOffset","nullable":true},"identityVersion":{"type":"Edm.String","nullable":true},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.iosMinimumOperatingSystem","nullable":true},"versionNumber":{"type":"Edm.String","nullable":true}}},"microsoft.graph.managedMobileLobApp":{"kind":"entity","abstract":true,"baseType":"microsoft.graph.managedApp","properties":{"committedContentVersion":{"type":"Edm.String","nullable":true},"fileName":{"type":"Edm.String","nullable":true},"size":{"type":"Edm.Int64","nullable":false,"readOnly":true}},"navigationProperties":{"contentVersions":{"type":"Collection(microsoft.graph.mobileAppContent)","containsTarget":true,"readOnly":true}}},"microsoft.graph.microsoftStoreForBusinessAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"useDeviceContext":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.mimeContent":{"kind":"complex","abstract":false,"baseType":null,"properties":{"type":{"type":"Edm.String","nullable":true},"value":{"type":"Edm.Binary","nullable":true}}},"microsoft.graph.mobileApp":{"kind":"entity","abstract":true,"baseType":"microsoft.graph.entity","properties":{"createdDateTime":{"type":"Edm.DateTimeOffset","nullable":false,"readOnly":true},"dependentAppCount":{"type":"Edm.Int32","nullable":false,"readOnly":true},"description":{"type":"Edm.String","nullable":true},"developer":{"type":"Edm.String","nullable":true},"displayName":{"type":"Edm.String","nullable":true},"informationUrl":{"type":"Edm.String","nullable":true},"isAssigned":{"type":"Edm.Boolean","nullable":false,"readOnly":true},"isFeatured":{"type":"Edm.Boolean","nullable":false},"largeIcon":{"type":"microsoft.graph.mimeContent","nullable":true},"lastModifiedDateTime":{"type":"Edm.DateTimeOffset","nullable":false,"readOnly":true},"notes":{"type":"Edm.String","nullable":true},"owner":{"type":"Edm.String","nullable":true},"privacyInformationUrl":{"type":"Edm.String","nullable":true},"publisher":{"type":"Edm.String","nullable":true},"publishingState":{"type":"microsoft.graph.mobileAppPublishingState","nullable":false,"readOnly":true},"roleScopeTagIds":{"type":"Collection(Edm.String)","nullable":true},"supersededAppCount":{"type":"Edm.Int32","nullable":false,"readOnly":true},"supersedingAppCount":{"type":"Edm.Int32","nullable":false,"readOnly":true},"uploadState":{"type":"Edm.Int32","nullable":false,"readOnly":true}},"navigationProperties":{"assignments":{"type":"Collection(microsoft.graph.mobileAppAssignment)","containsTarget":true},"categories":{"type":"Collection(microsoft.graph.mobileAppCategory)"},"relationships":{"type":"Collection(microsoft.graph.mobileAppRelationship)","containsTarget":true}}},"microsoft.graph.mobileAppAssignment":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.entity","properties":{"intent":{"type":"microsoft.graph.installIntent","nullable":false},"settings":{"type":"microsoft.graph.mobileAppAssignmentSettings","nullable":true},"source":{"type":"microsoft.graph.deviceAndAppManagementAssignmentSource","nullable":false,"readOnly":true},"sourceId":{"type":"Edm.String","nullable":true,"readOnly":true},"target":{"type":"microsoft.graph.deviceAndAppManagementAssignmentTarget","nullable":true}}},"microsoft.graph.mobileAppAssignmentSettings":{"kind":"complex","abstract":true,"baseType":null,"properties":{}},"microsoft.graph.mobileAppCategory":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.entity","properties":{"displayName":{"type":"Edm.String","nullable":true},"lastModifiedDateTime":{"type":"Edm.DateTimeOffset","nullable":false,"readOnly":true}}},"microsoft.graph.mobileAppContent":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.entity","properties":{},"navigationProperties":{"containedApps":{"type":"Collection(microsoft.graph.mobileContainedApp)","containsTarget":true},"files":{"type":"Collection(microsoft.graph.mobileAppContentFile)","containsTarget":true},"scripts":{"type":"Collection(microsoft.graph.mobileAppContentScript)","containsTarget":true}}},"microsoft.graph.mobileAppContentFile":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.entity","properties":{"azureStorageUri":{"type":"Edm.String","nullable":true,"readOnly":true},"azureStorageUriExpirationDateTime":{"type":"Edm.DateTimeOffset","nullable":true,"readOnly":true},"createdDateTime":{"type":"Edm.DateTimeOffset","nullable":false,"readOnly":true},"isCommitted":{"type":"Edm.Boolean","nullable":false,"readOnly":true},"isDependency":{"type":"Edm.Boolean","nullable":false},"isFrameworkFile":{"type":"Edm.Boolean","nullable":false},"manifest":{"type":"Edm.Binary","nullable":true},"name":{"type":"Edm.String","nullable":true},"size":{"type":"Edm.Int64","nullable":false},"sizeEncrypted":{"type":"Edm.Int64","nullable":false},"uploadState":{"type":"microsoft.graph.mobileAppContentFileUploadState","nullable":false,"readOnly":true}}},"microsoft.graph.mobileAppDependency":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileAppRelationship","properties":{"dependencyType":{"type":"microsoft.graph.mobileAppDependencyType","nullable":false},"dependentAppCount":{"type":"Edm.Int32","nullable":false,"readOnly":true},"dependsOnAppCount":{"type":"Edm.Int32","nullable":false,"readOnly":true}}},"microsoft.graph.mobileAppInstallTimeSettings":{"kind":"complex","abstract":false,"baseType":null,"properties":{"deadlineDateTime":{"type":"Edm.DateTimeOffset","nullable":true},"startDateTime":{"type":"Edm.DateTimeOffset","nullable":true},"useLocalTime":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.mobileAppRelationship":{"kind":"entity","abstract":true,"baseType":"microsoft.graph.entity","properties":{"sourceDisplayName":{"type":"Edm.String","nullable":true,"readOnly":true},"sourceDisplayVersion":{"type":"Edm.String","nullable":true,"readOnly":true},"sourceId":{"type":"Edm.String","nullable":true,"readOnly":true},"sourcePublisherDisplayName":{"type":"Edm.String","nullable":true,"readOnly":true},"targetDisplayName":{"type":"Edm.String","nullable":true,"readOnly":true},"targetDisplayVersion":{"type":"Edm.String","nullable":true,"readOnly":true},"targetId":{"type":"Edm.String","nullable":true},"targetPublisher":{"type":"Edm.String","nullable":true,"readOnly":true},"targetPublisherDisplayName":{"type":"Edm.String","nullable":true,"readOnly":true},"targetType":{"type":"microsoft.graph.mobileAppRelationshipType","nullable":false,"readOnly":true}}},"microsoft.graph.mobileAppScriptReference":{"kind":"complex","abstract":false,"baseType":null,"properties":{"targetId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.mobileAppSupersedence":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileAppRelationship","properties":{"supersededAppCount":{"type":"Edm.Int32","nullable":false,"readOnly":true},"supersedenceType":{"type":"microsoft.graph.mobileAppSupersedenceType","nullable":false},"supersedingAppCount":{"type":"Edm.Int32","nullable":false,"readOnly":true}}},"microsoft.graph.mobileLobApp":{"kind":"entity","abstract":true,"baseType":"microsoft.graph.mobileApp","properties":{"committedContentVersion":{"type":"Edm.String","nullable":true},"fileName":{"type":"Edm.String","nullable":true},"size":{"type":"Edm.Int64","nullable":false,"readOnly":true}},"navigationProperties":{"contentVersions":{"type":"Collection(microsoft.graph.mobileAppContent)","containsTarget":true,"readOnly":true}}},"microsoft.graph.win32CatalogApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.win32LobApp","properties":{"mobileAppCatalogPackageId":{"type":"Edm.String","nullable":true}},"navigationProperties":{"latestUpgradeCatalogPackage":{"type":"microsoft.graph.mobileAppCatalogPackage","containsTarget":true,"readOnly":true},"referencedCatalogPackage":{"type":"microsoft.graph.mobileAppCatalogPackage","containsTarget":true,"readOnly":true}}},"microsoft.graph.win32CatalogAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppAssignmentSettings","properties":{}},"microsoft.graph.win32LobApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"activeInstallScript":{"type":"microsoft.graph.mobileAppScriptReference","nullable":true},"activeUninstallScript":{"type":"microsoft.graph.mobileAppScriptReference","nullable":true},"allowAvailableUninstall":{"type":"Edm.Boolean","nullable":false},"allowedArchitectures":{"type":"microsoft.graph.windowsArchitecture","nullable":true},"applicableArchitectures":{"type":"microsoft.graph.windowsArchitecture","nullable":false},"detectionRules":{"type":"Collection(microsoft.graph.win32LobAppDetection)","nullable":true},"displayVersion":{"type":"Edm.String","nullable":true},"installCommandLine":{"type":"Edm.String","nullable":true},"installExperience":{"type":"microsoft.graph.win32LobAppInstallExperience","nullable":true},"minimumCpuSpeedInMHz":{"type":"Edm.Int32","nullable":true},"minimumFreeDiskSpaceInMB":{"type":"Edm.Int32","nullable":true},"minimumMemoryInMB":{"type":"Edm.Int32","nullable":true},"minimumNumberOfProcessors":{"type":"Edm.Int32","nullable":true},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.windowsMinimumOperatingSystem","nullable":true},"minimumSupportedWindowsRelease":{"type":"Edm.String","nullable":true},"msiInformation":{"type":"microsoft.graph.win32LobAppMsiInformation","nullable":true},"requirementRules":{"type":"Collection(microsoft.graph.win32LobAppRequirement)","nullable":true},"returnCodes":{"type":"Collection(microsoft.graph.win32LobAppReturnCode)","nullable":true},"rules":{"type":"Collection(microsoft.graph.win32LobAppRule)","nullable":true},"setupFilePath":{"type":"Edm.String","nullable":true},"uninstallCommandLine":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"autoUpdateSettings":{"type":"microsoft.graph.win32LobAppAutoUpdateSettings","nullable":true},"deliveryOptimizationPriority":{"type":"microsoft.graph.win32LobAppDeliveryOptimizationPriority","nullable":false},"installTimeSettings":{"type":"microsoft.graph.mobileAppInstallTimeSettings","nullable":true},"notifications":{"type":"microsoft.graph.win32LobAppNotification","nullable":false},"restartSettings":{"type":"microsoft.graph.win32LobAppRestartSettings","nullable":true}}},"microsoft.graph.win32LobAppAutoUpdateSettings":{"kind":"complex","abstract":false,"baseType":null,"properties":{"autoUpdateSupersededAppsState":{"type":"microsoft.graph.win32LobAutoUpdateSupersededAppsState","nullable":false}}},"microsoft.graph.win32LobAppDetection":{"kind":"complex","abstract":true,"baseType":null,"properties":{}},"microsoft.graph.win32LobAppFileSystemDetection":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppDetection","properties":{"check32BitOn64System":{"type":"Edm.Boolean","nullable":false},"detectionType":{"type":"microsoft.graph.win32LobAppFileSystemDetectionType","nullable":false},"detectionValue":{"type":"Edm.String","nullable":true},"fileOrFolderName":{"type":"Edm.String","nullable":true},"operator":{"type":"microsoft.graph.win32LobAppDetectionOperator","nullable":false},"path":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppFileSystemRequirement":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppRequirement","properties":{"check32BitOn64System":{"type":"Edm.Boolean","nullable":false},"detectionType":{"type":"microsoft.graph.win32LobAppFileSystemDetectionType","nullable":false},"fileOrFolderName":{"type":"Edm.String","nullable":true},"path":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppFileSystemRule":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppRule","properties":{"check32BitOn64System":{"type":"Edm.Boolean","nullable":false},"comparisonValue":{"type":"Edm.String","nullable":true},"fileOrFolderName":{"type":"Edm.String","nullable":true},"operationType":{"type":"microsoft.graph.win32LobAppFileSystemOperationType","nullable":false},"operator":{"type":"microsoft.graph.win32LobAppRuleOperator","nullable":false},"path":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppInstallExperience":{"kind":"complex","abstract":false,"baseType":null,"properties":{"deviceRestartBehavior":{"type":"microsoft.graph.win32LobAppRestartBehavior","nullable":false},"inUseBehavior":{"type":"microsoft.graph.win32LobAppInUseActionType","nullable":true},"maxRunTimeInMinutes":{"type":"Edm.Int32","nullable":true},"runAsAccount":{"type":"microsoft.graph.runAsAccountType","nullable":false}}},"microsoft.graph.win32LobAppMsiInformation":{"kind":"complex","abstract":false,"baseType":null,"properties":{"packageType":{"type":"microsoft.graph.win32LobAppMsiPackageType","nullable":false},"productCode":{"type":"Edm.String","nullable":true},"productName":{"type":"Edm.String","nullable":true},"productVersion":{"type":"Edm.String","nullable":true},"publisher":{"type":"Edm.String","nullable":true},"requiresReboot":{"type":"Edm.Boolean","nullable":false},"upgradeCode":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppPowerShellScriptDetection":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppDetection","properties":{"enforceSignatureCheck":{"type":"Edm.Boolean","nullable":false},"runAs32Bit":{"type":"Edm.Boolean","nullable":false},"scriptContent":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppPowerShellScriptRequirement":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppRequirement","properties":{"detectionType":{"type":"microsoft.graph.win32LobAppPowerShellScriptDetectionType","nullable":false},"displayName":{"type":"Edm.String","nullable":false},"enforceSignatureCheck":{"type":"Edm.Boolean","nullable":false},"runAs32Bit":{"type":"Edm.Boolean","nullable":false},"runAsAccount":{"type":"microsoft.graph.runAsAccountType","nullable":false},"scriptContent":{"type":"Edm.String","nullable":false}}},"microsoft.graph.win32LobAppPowerShellScriptRule":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppRule","properties":{"comparisonValue":{"type":"Edm.String","nullable":true},"displayName":{"type":"Edm.String","nullable":true},"enforceSignatureCheck":{"type":"Edm.Boolean","nullable":false},"operationType":{"type":"microsoft.graph.win32LobAppPowerShellScriptRuleOperationType","nullable":false},"operator":{"type":"microsoft.graph.win32LobAppRuleOperator","nullable":false},"runAs32Bit":{"type":"Edm.Boolean","nullable":false},"runAsAccount":{"type":"microsoft.graph.runAsAccountType","nullable":true},"scriptContent":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppProcessRule":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppRule","properties":{"operationType":{"type":"microsoft.graph.win32LobAppProcessOperationType","nullable":false},"processDisplayName":{"type":"Edm.String","nullable":true},"processName":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppProductCodeDetection":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppDetection","properties":{"productCode":{"type":"Edm.String","nullable":true},"productVersion":{"type":"Edm.String","nullable":true},"productVersionOperator":{"type":"microsoft.graph.win32LobAppDetectionOperator","nullable":false}}},"microsoft.graph.win32LobAppProductCodeRule":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppRule","properties":{"productCode":{"type":"Edm.String","nullable":true},"productVersion":{"type":"Edm.String","nullable":true},"productVersionOperator":{"type":"microsoft.graph.win32LobAppRuleOperator","nullable":false}}},"microsoft.graph.win32LobAppRegistryDetection":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppDetection","properties":{"check32BitOn64System":{"type":"Edm.Boolean","nullable":false},"detectionType":{"type":"microsoft.graph.win32LobAppRegistryDetectionType","nullable":false},"detectionValue":{"type":"Edm.String","nullable":true},"keyPath":{"type":"Edm.String","nullable":true},"operator":{"type":"microsoft.graph.win32LobAppDetectionOperator","nullable":false},"valueName":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppRegistryRequirement":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppRequirement","properties":{"check32BitOn64System":{"type":"Edm.Boolean","nullable":false},"detectionType":{"type":"microsoft.graph.win32LobAppRegistryDetectionType","nullable":false},"keyPath":{"type":"Edm.String","nullable":true},"valueName":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppRegistryRule":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppRule","properties":{"check32BitOn64System":{"type":"Edm.Boolean","nullable":false},"comparisonValue":{"type":"Edm.String","nullable":true},"keyPath":{"type":"Edm.String","nullable":true},"operationType":{"type":"microsoft.graph.win32LobAppRegistryRuleOperationType","nullable":false},"operator":{"type":"microsoft.graph.win32LobAppRuleOperator","nullable":false},"valueName":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppRequirement":{"kind":"complex","abstract":true,"baseType":null,"properties":{"detectionValue":{"type":"Edm.String","nullable":true},"operator":{"type":"microsoft.graph.win32LobAppDetectionOperator","nullable":false}}},"microsoft.graph.win32LobAppRestartSettings":{"kind":"complex","abstract":false,"baseType":null,"properties":{"countdownDisplayBeforeRestartInMinutes":{"type":"Edm.Int32","nullable":false},"gracePeriodInMinutes":{"type":"Edm.Int32","nullable":false},"restartNotificationSnoozeDurationInMinutes":{"type":"Edm.Int32","nullable":true}}},"microsoft.graph.win32LobAppReturnCode":{"kind":"complex","abstract":false,"baseType":null,"properties":{"returnCode":{"type":"Edm.Int32","nullable":false},"type":{"type":"microsoft.graph.win32LobAppReturnCodeType","nullable":false}}},"microsoft.graph.win32LobAppRule":{"kind":"complex","abstract":true,"baseType":null,"properties":{"ruleType":{"type":"microsoft.graph.win32LobAppRuleType","nullable":false}}},"microsoft.graph.winGetAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"installTimeSettings":{"type":"microsoft.graph.winGetAppInstallTimeSettings","nullable":true},"notifications":{"type":"microsoft.graph.winGetAppNotification","nullable":false},"restartSettings":{"type":"microsoft.graph.winGetAppRestartSettings","nullable":true}}},"microsoft.graph.winGetAppInstallTimeSettings":{"kind":"complex","abstract":false,"baseType":null,"properties":{"deadlineDateTime":{"type":"Edm.DateTimeOffset","nullable":false},"useLocalTime":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.winGetAppRestartSettings":{"kind":"complex","abstract":false,"baseType":null,"properties":{"countdownDisplayBeforeRestartInMinutes":{"type":"Edm.Int32","nullable":false},"gracePeriodInMinutes":{"type":"Edm.Int32","nullable":false},"restartNotificationSnoozeDurationInMinutes":{"type":"Edm.Int32","nullable":true}}},"microsoft.graph.windowsAppX":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"applicableArchitectures":{"type":"microsoft.graph.windowsArchitecture","nullable":false},"identityName":{"type":"Edm.String","nullable":true},"identityPublisherHash":{"type":"Edm.String","nullable":false},"identityResourceIdentifier":{"type":"Edm.String","nullable":true},"identityVersion":{"type":"Edm.String","nullable":true},"isBundle":{"type":"Edm.Boolean","nullable":false},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.windowsMinimumOperatingSystem","nullable":false}}},"microsoft.graph.windowsAppXAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"useDeviceContext":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.windowsAutoUpdateCatalogAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"deliveryOptimizationPriority":{"type":"microsoft.graph.windowsAutoUpdateCatalogAppDeliveryOptimizationPriority","nullable":false},"installTimeSettings":{"type":"microsoft.graph.windowsAutoUpdateCatalogAppInstallTimeSettings","nullable":true},"notificationType":{"type":"microsoft.graph.windowsAutoUpdateCatalogAppNotificationType","nullable":false},"restartSettings":{"type":"microsoft.graph.windowsAutoUpdateCatalogAppRestartSettings","nullable":true}}},"microsoft.graph.windowsAutoUpdateCatalogAppInstallTimeSettings":{"kind":"complex","abstract":false,"baseType":null,"properties":{"deadlineDateTime":{"type":"Edm.DateTimeOffset","nullable":true},"startDateTime":{"type":"Edm.DateTimeOffset","nullable":true},"useLocalTime":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.windowsAutoUpdateCatalogAppRestartSettings":{"kind":"complex","abstract":false,"baseType":null,"properties":{"countdownDisplayBeforeRestartInMinutes":{"type":"Edm.Int32","nullable":false},"gracePeriodInMinutes":{"type":"Edm.Int32","nullable":false},"restartNotificationSnoozeDurationInMinutes":{"type":"Edm.Int32","nullable":true}}},"microsoft.graph.windowsMinimumOperatingSystem":{"kind":"complex","abstract":false,"baseType":null,"properties":{"v10_0":{"type":"Edm.Boolean","nullable":false},"v10_1607":{"type":"Edm.Boolean","nullable":false},"v10_1703":{"type":"Edm.Boolean","nullable":false},"v10_1709":{"type":"Edm.Boolean","nullable":false},"v10_1803":{"type":"Edm.Boolean","nullable":false},"v10_1809":{"type":"Edm.Boolean","nullable":false},"v10_1903":{"type":"Edm.Boolean","nullable":false},"v10_1909":{"type":"Edm.Boolean","nullable":false},"v10_2004":{"type":"Edm.Boolean","nullable":false},"v10_21H1":{"type":"Edm.Boolean","nullable":false},"v10_2H20":{"type":"Edm.Boolean","nullable":false},"v8_0":{"type":"Edm.Boolean","nullable":false},"v8_1":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.windowsMobileMSI":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"commandLine":{"type":"Edm.String","nullable":true},"identityVersion":{"type":"Edm.String","nullable":true},"ignoreVersionDetection":{"type":"Edm.Boolean","nullable":false},"productCode":{"type":"Edm.String","nullable":true},"productVersion":{"type":"Edm.String","nullable":true},"useDeviceContext":{"type":"Edm.Boolean","nullable":true}}},"microsoft.graph.windowsPackageInformation":{"kind":"complex","abstract":false,"baseType":null,"properties":{"applicableArchitecture":{"type":"microsoft.graph.windowsArchitecture","nullable":false},"displayName":{"type":"Edm.String","nullable":true},"identityName":{"type":"Edm.String","nullable":true},"identityPublisher":{"type":"Edm.String","nullable":true},"identityResourceIdentifier":{"type":"Edm.String","nullable":true},"identityVersion":{"type":"Edm.String","nullable":true},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.windowsMinimumOperatingSystem","nullable":true}}},"microsoft.graph.windowsPhone81AppX":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"applicableArchitectures":{"type":"microsoft.graph.windowsArchitecture","nullable":false},"identityName":{"type":"Edm.String","nullable":true},"identityPublisherHash":{"type":"Edm.String","nullable":false},"identityResourceIdentifier":{"type":"Edm.String","nullable":true},"identityVersion":{"type":"Edm.String","nullable":true},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.windowsMinimumOperatingSystem","nullable":false},"phoneProductIdentifier":{"type":"Edm.String","nullable":true},"phonePublisherId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.windowsPhone81AppXBundle":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.windowsPhone81AppX","properties":{"appXPackageInformationList":{"type":"Collection(microsoft.graph.windowsPackageInformation)","nullable":true}}},"microsoft.graph.windowsPhoneXAP":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"identityVersion":{"type":"Edm.String","nullable":true},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.windowsMinimumOperatingSystem","nullable":false},"productIdentifier":{"type":"Edm.String","nullable":false}}},"microsoft.graph.windowsUniversalAppX":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"applicableArchitectures":{"type":"microsoft.graph.windowsArchitecture","nullable":false},"applicableDeviceTypes":{"type":"microsoft.graph.windowsDeviceType","nullable":false},"identityName":{"type":"Edm.String","nullable":true},"identityPublisherHash":{"type":"Edm.String","nullable":false},"identityResourceIdentifier":{"type":"Edm.String","nullable":true},"identityVersion":{"type":"Edm.String","nullable":true},"isBundle":{"type":"Edm.Boolean","nullable":false},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.windowsMinimumOperatingSystem","nullable":false}},"navigationProperties":{"committedContainedApps":{"type":"Collection(microsoft.graph.mobileContainedApp)","readOnly":true}}},"microsoft.graph.windowsUniversalAppXAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"useDeviceContext":{"type":"Edm.Boolean","nullable":false}}}},"enums":{"microsoft.graph.androidManagedStoreAutoUpdateMode":{"flags":false,"members":["default","postponed","priority","unknownFutureValue"]},"microsoft.graph.androidTargetedPlatforms":{"flags":true,"members":["androidDeviceAdministrator","androidOpenSourceProject","unknownFutureValue"]},"microsoft.graph.appleDeviceDeliveryProtocol":{"flags":false,"members":["default","mobileDeviceManagement","declarativeDeviceManagement","unknownFutureValue"]},"microsoft.graph.ddmAppAllowDownloadsOverCellular":{"flags":false,"members":["alwaysOn","alwaysOff","storeSettings","unknownFutureValue"]},"microsoft.graph.ddmAppAutomaticAppUpdates":{"flags":false,"members":["alwaysOn","alwaysOff","storeSettings","unknownFutureValue"]},"microsoft.graph.deviceAndAppManagementAssignmentFilterType":{"flags":false,"members":["none","include","exclude"]},"microsoft.graph.deviceAndAppManagementAssignmentSource":{"flags":false,"members":["direct","policySets"]},"microsoft.graph.installIntent":{"flags":false,"members":["available","required","uninstall","availableWithoutEnrollment"]},"microsoft.graph.managedAppAvailability":{"flags":false,"members":["global","lineOfBusiness"]},"microsoft.graph.mobileAppContentFileUploadState":{"flags":false,"members":["success","transientError","error","unknown","azureStorageUriRequestSuccess","azureStorageUriRequestPending","azureStorageUriRequestFailed","azureStorageUriRequestTimedOut","azureStorageUriRenewalSuccess","azureStorageUriRenewalPending","azureStorageUriRenewalFailed","azureStorageUriRenewalTimedOut","commitFileSuccess","commitFilePending","commitFileFailed","commitFileTimedOut"]},"microsoft.graph.mobileAppDependencyType":{"flags":false,"members":["detect","autoInstall","unknownFutureValue"]},"microsoft.graph.mobileAppPublishingState":{"flags":false,"members":["notPublished","processing","published"]},"microsoft.graph.mobileAppRelationshipType":{"flags":false,"members":["child","parent","unknownFutureValue"]},"microsoft.graph.mobileAppSupersedenceType":{"flags":false,"members":["update","replace","unknownFutureValue"]},"microsoft.graph.runAsAccountType":{"flags":false,"members":["system","user"]},"microsoft.graph.win32LobAppDeliveryOptimizationPriority":{"flags":false,"members":["notConfigured","foreground"]},"microsoft.graph.win32LobAppDetectionOperator":{"flags":true,"members":["notConfigured","equal","notEqual","greaterThan","greaterThanOrEqual","lessThan","lessThanOrEqual"]},"microsoft.graph.win32LobAppFileSystemDetectionType":{"flags":false,"members":["notConfigured","exists","modifiedDate","createdDate","version","sizeInMB","doesNotExist"]},"microsoft.graph.win32LobAppFileSystemOperationType":{"flags":false,"members":["notConfigured","exists","modifiedDate","createdDate","version","sizeInMB","doesNotExist","sizeInBytes","appVersion","unknownFutureValue"]},"microsoft.graph.win32LobAppInUseActionType":{"flags":false,"members":["notEnabled","fail","terminateWithoutUserInteraction","terminateWithUserInteraction","unknownFutureValue"]},"microsoft.graph.win32LobAppMsiPackageType":{"flags":false,"members":["perMachine","perUser","dualPurpose"]},"microsoft.graph.win32LobAppNotification":{"flags":false,"members":["showAll","showReboot","hideAll"]},"microsoft.graph.win32LobAppPowerShellScriptDetectionType":{"flags":false,"members":["notConfigured","string","dateTime","integer","float","version","boolean"]},"microsoft.graph.win32LobAppPowerShellScriptRuleOperationType":{"flags":false,"members":["notConfigured","string","dateTime","integer","float","version","boolean"]},"microsoft.graph.win32LobAppProcessOperationType":{"flags":false,"members":["notConfigured","exists","unknownFutureValue"]},"microsoft.graph.win32LobAppRegistryDetectionType":{"flags":false,"members":["notConfigured","exists","doesNotExist","string","integer","version"]},"microsoft.graph.win32LobAppRegistryRuleOperationType":{"flags":false,"members":["notConfigured","exists","doesNotExist","string","integer","version","appVersion","unknownFutureValue"]},"microsoft.graph.win32LobAppRestartBehavior":{"flags":false,"members":["basedOnReturnCode","allow","suppress","force"]},"microsoft.graph.win32LobAppReturnCodeType":{"flags":false,"members":["failed","success","softReboot","hardReboot","retry"]},"microsoft.graph.win32LobAppRuleOperator":{"flags":false,"members":["notConfigured","equal","notEqual","greaterThan","greaterThanOrEqual","lessThan","lessThanOrEqual"]},"microsoft.graph.win32LobAppRuleType":{"flags":false,"members":["detection","requirement"]},"microsoft.graph.win32LobAutoUpdateSupersededAppsState":{"flags":false,"members":["notConfigured","enabled","unknownFutureValue"]},"microsoft.graph.winGetAppNotification":{"flags":false,"members":["showAll","showReboot","hideAll","unknownFutureValue"]},"microsoft.graph.windowsArchitecture":{"flags":true,"members":["none","x86","x64","arm","neutral","arm64"]},"microsoft.graph.windowsAutoUpdateCatalogAppDeliveryOptimizationPriority":{"flags":false,"members":["notConfigured","foreground","unknownFutureValue"]},"microsoft.graph.windowsAutoUpdateCatalogAppNotificationType":{"flags":false,"members":["showAll","showReboot","hideAll","unknownFutureValue"]},"microsoft.graph.windowsDeviceType":{"flags":true,"members":["none","desktop","mobile","holographic","team","unknownFutureValue"]}},"actions":{"assign":{"boundTo":"microsoft.graph.mobileApp","parameters":{"mobileAppAssignments":{"type":"Collection(microsoft.graph.mobileAppAssignment)","nullable":true}}},"commit":{"boundTo":"microsoft.graph.mobileAppContentFile","parameters":{"fileEncryptionInfo":{"type":"microsoft.graph.fileEncryptionInfo","nullable":true}}},"renewUpload":{"boundTo":"microsoft.graph.mobileAppContentFile","parameters":{}},"updateRelationships":{"boundTo":"microsoft.graph.mobileApp","parameters":{"relationships":{"type":"Collection(microsoft.graph.mobileAppRelationship)","nullable":true}}}}}');

/***/ }),

/***/ 75742:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"source":{"repo":"microsoftgraph/msgraph-metadata","path":"schemas/v1.0-Prod.csdl","commit":"f54f11b60956ea7b185ca0447b2b80805836ec7b","blob":"435a552eb18701e751230456e1677373b4a3a49f"},"types":{"microsoft.graph.allDevicesAssignmentTarget":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.deviceAndAppManagementAssignmentTarget","properties":{}},"microsoft.graph.allLicensedUsersAssignmentTarget":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.deviceAndAppManagementAssignmentTarget","properties":{}},"microsoft.graph.androidLobApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"minimumSupportedOperatingSystem":{"type":"microsoft.graph.androidMinimumOperatingSystem","nullable":true},"packageId":{"type":"Edm.String","nullable":true},"versionCode":{"type":"Edm.String","nullable":true},"versionName":{"type":"Edm.String","nullable":true}}},"microsoft.graph.androidMinimumOperatingSystem":{"kind":"complex","abstract":false,"baseType":null,"properties":{"v10_0":{"type":"Edm.Boolean","nullable":false},"v11_0":{"type":"Edm.Boolean","nullable":false},"v4_0":{"type":"Edm.Boolean","nullable":false},"v4_0_3":{"type":"Edm.Boolean","nullable":false},"v4_1":{"type":"Edm.Boolean","nullable":false},"v4_2":{"type":"Edm.Boolean","nullable":false},"v4_3":{"type":"Edm.Boolean","nullable":false},"v4_4":{"type":"Edm.Boolean","nullable":false},"v5_0":{"type":"Edm.Boolean","nullable":false},"v5_1":{"type":"Edm.Boolean","nullable":false},"v6_0":{"type":"Edm.Boolean","nullable":false},"v7_0":{"type":"Edm.Boolean","nullable":false},"v7_1":{"type":"Edm.Boolean","nullable":false},"v8_0":{"type":"Edm.Boolean","nullable":false},"v8_1":{"type":"Edm.Boolean","nullable":false},"v9_0":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.configurationManagerCollectionAssignmentTarget":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.deviceAndAppManagementAssignmentTarget","properties":{"collectionId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.deviceAndAppManagementAssignmentTarget":{"kind":"complex","abstract":true,"baseType":null,"properties":{}},"microsoft.graph.entity":{"kind":"entity","abstract":true,"baseType":null,"properties":{"id":{"type":"Edm.String","nullable":false}}},"microsoft.graph.exclusionGroupAssignmentTarget":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.groupAssignmentTarget","properties":{}},"microsoft.graph.fileEncryptionInfo":{"kind":"complex","abstract":false,"baseType":null,"properties":{"encryptionKey":{"type":"Edm.Binary","nullable":true},"fileDigest":{"type":"Edm.Binary","nullable":true},"fileDigestAlgorithm":{"type":"Edm.String","nullable":true},"initializationVector":{"type":"Edm.Binary","nullable":true},"mac":{"type":"Edm.Binary","nullable":true},"macKey":{"type":"Edm.Binary","nullable":true},"profileIdentifier":{"type":"Edm.String","nullable":true}}},"microsoft.graph.groupAssignmentTarget":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.deviceAndAppManagementAssignmentTarget","properties":{"groupId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.iosDeviceType":{"kind":"complex","abstract":false,"baseType":null,"properties":{"iPad":{"type":"Edm.Boolean","nullable":false},"iPhoneAndIPod":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.iosLobApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"applicableDeviceType":{"type":"microsoft.graph.iosDeviceType","nullable":false},"buildNumber":{"type":"Edm.String","nullable":true},"bundleId":{"type":"Edm.String","nullable":true},"expirationDateTime":{"type":"Edm.DateTimeOffset","nullable":true},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.iosMinimumOperatingSystem","nullable":true},"versionNumber":{"type":"Edm.String","nullable":true}}},"microsoft.graph.iosLobAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"isRemovable":{"type":"Edm.Boolean","nullable":true},"uninstallOnDeviceRemoval":{"type":"Edm.Boolean","nullable":true},"vpnConfigurationId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.iosMinimumOperatingSystem":{"kind":"complex","abstract":false,"baseType":null,"properties":{"v10_0":{"type":"Edm.Boolean","nullable":false},"v11_0":{"type":"Edm.Boolean","nullable":false},"v12_0":{"type":"Edm.Boolean","nullable":false},"v13_0":{"type":"Edm.Boolean","nullable":false},"v14_0":{"type":"Edm.Boolean","nullable":false},"v15_0":{"type":"Edm.Boolean","nullable":false},"v8_0":{"type":"Edm.Boolean","nullable":false},"v9_0":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.iosStoreAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"isRemovable":{"type":"Edm.Boolean","nullable":true},"uninstallOnDeviceRemoval":{"type":"Edm.Boolean","nullable":true},"vpnConfigurationId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.iosVppAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"useDeviceLicensing":{"type":"Edm.Boolean","nullable":false},"vpnConfigurationId":{"type":"Edm.String","nullable":true}}},"microsoft.graph.macOSDmgApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"ignoreVersionDetection":{"type":"Edm.Boolean","nullable":false},"includedApps":{"type":"Collection(microsoft.graph.macOSIncludedApp)","nullable":false},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.macOSMinimumOperatingSystem","nullable":true},"primaryBundleId":{"type":"Edm.String","nullable":false},"primaryBundleVersion":{"type":"Edm.String","nullable":false}}},"microsoft.graph.macOSIncludedApp":{"kind":"complex","abstract":false,"baseType":null,"properties":{"bundleId":{"type":"Edm.String","nullable":false},"bundleVersion":{"type":"Edm.String","nullable":false}}},"microsoft.graph.macOSLobApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"buildNumber":{"type":"Edm.String","nullable":true},"bundleId":{"type":"Edm.String","nullable":true},"childApps":{"type":"Collection(microsoft.graph.macOSLobChildApp)","nullable":true},"ignoreVersionDetection":{"type":"Edm.Boolean","nullable":false},"installAsManaged":{"type":"Edm.Boolean","nullable":false},"md5Hash":{"type":"Collection(Edm.String)","nullable":true},"md5HashChunkSize":{"type":"Edm.Int32","nullable":false},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.macOSMinimumOperatingSystem","nullable":true},"versionNumber":{"type":"Edm.String","nullable":true}}},"microsoft.graph.macOSLobChildApp":{"kind":"complex","abstract":false,"baseType":null,"properties":{"buildNumber":{"type":"Edm.String","nullable":true},"bundleId":{"type":"Edm.String","nullable":true},"versionNumber":{"type":"Edm.String","nullable":true}}},"microsoft.graph.macOSMinimumOperatingSystem":{"kind":"complex","abstract":false,"baseType":null,"properties":{"v10_10":{"type":"Edm.Boolean","nullable":false},"v10_11":{"type":"Edm.Boolean","nullable":false},"v10_12":{"type":"Edm.Boolean","nullable":false},"v10_13":{"type":"Edm.Boolean","nullable":false},"v10_14":{"type":"Edm.Boolean","nullable":false},"v10_15":{"type":"Edm.Boolean","nullable":false},"v10_7":{"type":"Edm.Boolean","nullable":false},"v10_8":{"type":"Edm.Boolean","nullable":false},"v10_9":{"type":"Edm.Boolean","nullable":false},"v11_0":{"type":"Edm.Boolean","nullable":false},"v12_0":{"type":"Edm.Boolean","nullable":false},"v13_0":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.macOsLobAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"uninstallOnDeviceRemoval":{"type":"Edm.Boolean","nullable":true}}},"microsoft.graph.managedAndroidLobApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.managedMobileLobApp","properties":{"minimumSupportedOperatingSystem":{"type":"microsoft.graph.androidMinimumOperatingSystem","nullable":true},"packageId":{"type":"Edm.String","nullable":true},"versionCode":{"type":"Edm.String","nullable":true},"versionName":{"type":"Edm.String","nullable":true}}},"microsoft.graph.managedApp":{"kind":"entity","abstract":true,"baseType":"microsoft.graph.mobileApp","properties":{"appAvailability":{"type":"microsoft.graph.managedAppAvailability","nullable":false,"readOnly":true},"version":{"type":"Edm.String","nullable":true}}},"microsoft.graph.managedIOSLobApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.managedMobileLobApp","properties":{"applicableDeviceType":{"type":"microsoft.graph.iosDeviceType","nullable":false},"buildNumber":{"type":"Edm.String","nullable":true},"bundleId":{"type":"Edm.String","nullable":true},"expirationDateTime":{"type":"Edm.DateTimeOffset","nullable":true},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.iosMinimumOperatingSystem","nullable":true},"versionNumber":{"type":"Edm.String","nullable":true}}},"microsoft.graph.managedMobileLobApp":{"kind":"entity","abstract":true,"baseType":"microsoft.graph.managedApp","properties":{"committedContentVersion":{"type":"Edm.String","nullable":true},"fileName":{"type":"Edm.String","nullable":true},"size":{"type":"Edm.Int64","nullable":false,"readOnly":true}},"navigationProperties":{"contentVersions":{"type":"Collection(microsoft.graph.mobileAppContent)","containsTarget":true,"readOnly":true}}},"microsoft.graph.microsoftStoreForBusinessAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"useDeviceContext":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.mimeContent":{"kind":"complex","abstract":false,"baseType":null,"properties":{"type":{"type":"Edm.String","nullable":true},"value":{"type":"Edm.Binary","nullable":true}}},"microsoft.graph.mobileApp":{"kind":"entity","abstract":true,"baseType":"microsoft.graph.entity","properties":{"createdDateTime":{"type":"Edm.DateTimeOffset","nullable":false,"readOnly":true},"description":{"type":"Edm.String","nullable":true},"developer":{"type":"Edm.String","nullable":true},"displayName":{"type":"Edm.String","nullable":true},"informationUrl":{"type":"Edm.String","nullable":true},"isFeatured":{"type":"Edm.Boolean","nullable":false},"largeIcon":{"type":"microsoft.graph.mimeContent","nullable":true},"lastModifiedDateTime":{"type":"Edm.DateTimeOffset","nullable":false,"readOnly":true},"notes":{"type":"Edm.String","nullable":true},"owner":{"type":"Edm.String","nullable":true},"privacyInformationUrl":{"type":"Edm.String","nullable":true},"publisher":{"type":"Edm.String","nullable":true},"publishingState":{"type":"microsoft.graph.mobileAppPublishingState","nullable":false,"readOnly":true}},"navigationProperties":{"assignments":{"type":"Collection(microsoft.graph.mobileAppAssignment)","containsTarget":true},"categories":{"type":"Collection(microsoft.graph.mobileAppCategory)"}}},"microsoft.graph.mobileAppAssignment":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.entity","properties":{"intent":{"type":"microsoft.graph.installIntent","nullable":false},"settings":{"type":"microsoft.graph.mobileAppAssignmentSettings","nullable":true},"target":{"type":"microsoft.graph.deviceAndAppManagementAssignmentTarget","nullable":true}}},"microsoft.graph.mobileAppAssignmentSettings":{"kind":"complex","abstract":true,"baseType":null,"properties":{}},"microsoft.graph.mobileAppCategory":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.entity","properties":{"displayName":{"type":"Edm.String","nullable":true},"lastModifiedDateTime":{"type":"Edm.DateTimeOffset","nullable":false,"readOnly":true}}},"microsoft.graph.mobileAppContent":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.entity","properties":{},"navigationProperties":{"containedApps":{"type":"Collection(microsoft.graph.mobileContainedApp)","containsTarget":true},"files":{"type":"Collection(microsoft.graph.mobileAppContentFile)","containsTarget":true}}},"microsoft.graph.mobileAppContentFile":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.entity","properties":{"azureStorageUri":{"type":"Edm.String","nullable":true,"readOnly":true},"azureStorageUriExpirationDateTime":{"type":"Edm.DateTimeOffset","nullable":true,"readOnly":true},"createdDateTime":{"type":"Edm.DateTimeOffset","nullable":false,"readOnly":true},"isCommitted":{"type":"Edm.Boolean","nullable":false,"readOnly":true},"isDependency":{"type":"Edm.Boolean","nullable":false},"manifest":{"type":"Edm.Binary","nullable":true},"name":{"type":"Edm.String","nullable":true},"size":{"type":"Edm.Int64","nullable":false},"sizeEncrypted":{"type":"Edm.Int64","nullable":false},"uploadState":{"type":"microsoft.graph.mobileAppContentFileUploadState","nullable":false,"readOnly":true}}},"microsoft.graph.mobileAppInstallTimeSettings":{"kind":"complex","abstract":false,"baseType":null,"properties":{"deadlineDateTime":{"type":"Edm.DateTimeOffset","nullable":true},"startDateTime":{"type":"Edm.DateTimeOffset","nullable":true},"useLocalTime":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.mobileAppRelationship":{"kind":"entity","abstract":true,"baseType":"microsoft.graph.entity","properties":{"sourceDisplayName":{"type":"Edm.String","nullable":true,"readOnly":true},"sourceDisplayVersion":{"type":"Edm.String","nullable":true,"readOnly":true},"sourceId":{"type":"Edm.String","nullable":true,"readOnly":true},"sourcePublisherDisplayName":{"type":"Edm.String","nullable":true,"readOnly":true},"targetDisplayName":{"type":"Edm.String","nullable":true,"readOnly":true},"targetDisplayVersion":{"type":"Edm.String","nullable":true,"readOnly":true},"targetId":{"type":"Edm.String","nullable":true},"targetPublisherDisplayName":{"type":"Edm.String","nullable":true,"readOnly":true}}},"microsoft.graph.mobileLobApp":{"kind":"entity","abstract":true,"baseType":"microsoft.graph.mobileApp","properties":{"committedContentVersion":{"type":"Edm.String","nullable":true},"fileName":{"type":"Edm.String","nullable":true},"size":{"type":"Edm.Int64","nullable":false,"readOnly":true}},"navigationProperties":{"contentVersions":{"type":"Collection(microsoft.graph.mobileAppContent)","containsTarget":true,"readOnly":true}}},"microsoft.graph.win32LobApp":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"allowedArchitectures":{"type":"microsoft.graph.windowsArchitecture","nullable":true},"applicableArchitectures":{"type":"microsoft.graph.windowsArchitecture","nullable":false},"installCommandLine":{"type":"Edm.String","nullable":true},"installExperience":{"type":"microsoft.graph.win32LobAppInstallExperience","nullable":true},"minimumCpuSpeedInMHz":{"type":"Edm.Int32","nullable":true},"minimumFreeDiskSpaceInMB":{"type":"Edm.Int32","nullable":true},"minimumMemoryInMB":{"type":"Edm.Int32","nullable":true},"minimumNumberOfProcessors":{"type":"Edm.Int32","nullable":true},"minimumSupportedWindowsRelease":{"type":"Edm.String","nullable":true},"msiInformation":{"type":"microsoft.graph.win32LobAppMsiInformation","nullable":true},"returnCodes":{"type":"Collection(microsoft.graph.win32LobAppReturnCode)","nullable":true},"rules":{"type":"Collection(microsoft.graph.win32LobAppRule)","nullable":true},"setupFilePath":{"type":"Edm.String","nullable":true},"uninstallCommandLine":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"autoUpdateSettings":{"type":"microsoft.graph.win32LobAppAutoUpdateSettings","nullable":true},"deliveryOptimizationPriority":{"type":"microsoft.graph.win32LobAppDeliveryOptimizationPriority","nullable":false},"installTimeSettings":{"type":"microsoft.graph.mobileAppInstallTimeSettings","nullable":true},"notifications":{"type":"microsoft.graph.win32LobAppNotification","nullable":false},"restartSettings":{"type":"microsoft.graph.win32LobAppRestartSettings","nullable":true}}},"microsoft.graph.win32LobAppAutoUpdateSettings":{"kind":"complex","abstract":false,"baseType":null,"properties":{"autoUpdateSupersededAppsState":{"type":"microsoft.graph.win32LobAutoUpdateSupersededAppsState","nullable":false}}},"microsoft.graph.win32LobAppFileSystemRule":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppRule","properties":{"check32BitOn64System":{"type":"Edm.Boolean","nullable":false},"comparisonValue":{"type":"Edm.String","nullable":true},"fileOrFolderName":{"type":"Edm.String","nullable":true},"operationType":{"type":"microsoft.graph.win32LobAppFileSystemOperationType","nullable":false},"operator":{"type":"microsoft.graph.win32LobAppRuleOperator","nullable":false},"path":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppInstallExperience":{"kind":"complex","abstract":false,"baseType":null,"properties":{"deviceRestartBehavior":{"type":"microsoft.graph.win32LobAppRestartBehavior","nullable":false},"runAsAccount":{"type":"microsoft.graph.runAsAccountType","nullable":false}}},"microsoft.graph.win32LobAppMsiInformation":{"kind":"complex","abstract":false,"baseType":null,"properties":{"packageType":{"type":"microsoft.graph.win32LobAppMsiPackageType","nullable":false},"productCode":{"type":"Edm.String","nullable":true},"productName":{"type":"Edm.String","nullable":true},"productVersion":{"type":"Edm.String","nullable":true},"publisher":{"type":"Edm.String","nullable":true},"requiresReboot":{"type":"Edm.Boolean","nullable":false},"upgradeCode":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppPowerShellScriptRule":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppRule","properties":{"comparisonValue":{"type":"Edm.String","nullable":true},"displayName":{"type":"Edm.String","nullable":true},"enforceSignatureCheck":{"type":"Edm.Boolean","nullable":false},"operationType":{"type":"microsoft.graph.win32LobAppPowerShellScriptRuleOperationType","nullable":false},"operator":{"type":"microsoft.graph.win32LobAppRuleOperator","nullable":false},"runAs32Bit":{"type":"Edm.Boolean","nullable":false},"runAsAccount":{"type":"microsoft.graph.runAsAccountType","nullable":true},"scriptContent":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppProductCodeRule":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppRule","properties":{"productCode":{"type":"Edm.String","nullable":true},"productVersion":{"type":"Edm.String","nullable":true},"productVersionOperator":{"type":"microsoft.graph.win32LobAppRuleOperator","nullable":false}}},"microsoft.graph.win32LobAppRegistryRule":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.win32LobAppRule","properties":{"check32BitOn64System":{"type":"Edm.Boolean","nullable":false},"comparisonValue":{"type":"Edm.String","nullable":true},"keyPath":{"type":"Edm.String","nullable":true},"operationType":{"type":"microsoft.graph.win32LobAppRegistryRuleOperationType","nullable":false},"operator":{"type":"microsoft.graph.win32LobAppRuleOperator","nullable":false},"valueName":{"type":"Edm.String","nullable":true}}},"microsoft.graph.win32LobAppRestartSettings":{"kind":"complex","abstract":false,"baseType":null,"properties":{"countdownDisplayBeforeRestartInMinutes":{"type":"Edm.Int32","nullable":false},"gracePeriodInMinutes":{"type":"Edm.Int32","nullable":false},"restartNotificationSnoozeDurationInMinutes":{"type":"Edm.Int32","nullable":true}}},"microsoft.graph.win32LobAppReturnCode":{"kind":"complex","abstract":false,"baseType":null,"properties":{"returnCode":{"type":"Edm.Int32","nullable":false},"type":{"type":"microsoft.graph.win32LobAppReturnCodeType","nullable":false}}},"microsoft.graph.win32LobAppRule":{"kind":"complex","abstract":true,"baseType":null,"properties":{"ruleType":{"type":"microsoft.graph.win32LobAppRuleType","nullable":false}}},"microsoft.graph.windowsAppX":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"applicableArchitectures":{"type":"microsoft.graph.windowsArchitecture","nullable":false},"identityName":{"type":"Edm.String","nullable":true},"identityPublisherHash":{"type":"Edm.String","nullable":false},"identityResourceIdentifier":{"type":"Edm.String","nullable":true},"identityVersion":{"type":"Edm.String","nullable":true},"isBundle":{"type":"Edm.Boolean","nullable":false},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.windowsMinimumOperatingSystem","nullable":false}}},"microsoft.graph.windowsAppXAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"useDeviceContext":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.windowsMinimumOperatingSystem":{"kind":"complex","abstract":false,"baseType":null,"properties":{"v10_0":{"type":"Edm.Boolean","nullable":false},"v8_0":{"type":"Edm.Boolean","nullable":false},"v8_1":{"type":"Edm.Boolean","nullable":false}}},"microsoft.graph.windowsMobileMSI":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"commandLine":{"type":"Edm.String","nullable":true},"ignoreVersionDetection":{"type":"Edm.Boolean","nullable":false},"productCode":{"type":"Edm.String","nullable":true},"productVersion":{"type":"Edm.String","nullable":true}}},"microsoft.graph.windowsUniversalAppX":{"kind":"entity","abstract":false,"baseType":"microsoft.graph.mobileLobApp","properties":{"applicableArchitectures":{"type":"microsoft.graph.windowsArchitecture","nullable":false},"applicableDeviceTypes":{"type":"microsoft.graph.windowsDeviceType","nullable":false},"identityName":{"type":"Edm.String","nullable":true},"identityPublisherHash":{"type":"Edm.String","nullable":false},"identityResourceIdentifier":{"type":"Edm.String","nullable":true},"identityVersion":{"type":"Edm.String","nullable":true},"isBundle":{"type":"Edm.Boolean","nullable":false},"minimumSupportedOperatingSystem":{"type":"microsoft.graph.windowsMinimumOperatingSystem","nullable":false}},"navigationProperties":{"committedContainedApps":{"type":"Collection(microsoft.graph.mobileContainedApp)","readOnly":true}}},"microsoft.graph.windowsUniversalAppXAppAssignmentSettings":{"kind":"complex","abstract":false,"baseType":"microsoft.graph.mobileAppAssignmentSettings","properties":{"useDeviceContext":{"type":"Edm.Boolean","nullable":false}}}},"enums":{"microsoft.graph.installIntent":{"flags":false,"members":["available","required","uninstall","availableWithoutEnrollment"]},"microsoft.graph.managedAppAvailability":{"flags":false,"members":["global","lineOfBusiness"]},"microsoft.graph.mobileAppContentFileUploadState":{"flags":false,"members":["success","transientError","error","unknown","azureStorageUriRequestSuccess","azureStorageUriRequestPending","azureStorageUriRequestFailed","azureStorageUriRequestTimedOut","azureStorageUriRenewalSuccess","azureStorageUriRenewalPending","azureStorageUriRenewalFailed","azureStorageUriRenewalTimedOut","commitFileSuccess","commitFilePending","commitFileFailed","commitFileTimedOut"]},"microsoft.graph.mobileAppPublishingState":{"flags":false,"members":["notPublished","processing","published"]},"microsoft.graph.runAsAccountType":{"flags":false,"members":["system","user"]},"microsoft.graph.win32LobAppDeliveryOptimizationPriority":{"flags":false,"members":["notConfigured","foreground"]},"microsoft.graph.win32LobAppFileSystemOperationType":{"flags":false,"members":["notConfigured","exists","modifiedDate","createdDate","version","sizeInMB"]},"microsoft.graph.win32LobAppMsiPackageType":{"flags":false,"members":["perMachine","perUser","dualPurpose"]},"microsoft.graph.win32LobAppNotification":{"flags":false,"members":["showAll","showReboot","hideAll"]},"microsoft.graph.win32LobAppPowerShellScriptRuleOperationType":{"flags":false,"members":["notConfigured","string","dateTime","integer","float","version","boolean"]},"microsoft.graph.win32LobAppRegistryRuleOperationType":{"flags":false,"members":["notConfigured","exists","doesNotExist","string","integer","version"]},"microsoft.graph.win32LobAppRestartBehavior":{"flags":false,"members":["basedOnReturnCode","allow","suppress","force"]},"microsoft.graph.win32LobAppReturnCodeType":{"flags":false,"members":["failed","success","softReboot","hardReboot","retry"]},"microsoft.graph.win32LobAppRuleOperator":{"flags":false,"members":["notConfigured","equal","notEqual","greaterThan","greaterThanOrEqual","lessThan","lessThanOrEqual"]},"microsoft.graph.win32LobAppRuleType":{"flags":false,"members":["detection","requirement"]},"microsoft.graph.win32LobAutoUpdateSupersededAppsState":{"flags":false,"members":["notConfigured","enabled","unknownFutureValue"]},"microsoft.graph.windowsArchitecture":{"flags":true,"members":["none","x86","x64","arm","neutral"]},"microsoft.graph.windowsDeviceType":{"flags":true,"members":["none","desktop","mobile","holographic","team","unknownFutureValue"]}},"actions":{"assign":{"boundTo":"microsoft.graph.mobileApp","parameters":{"mobileAppAssignments":{"type":"Collection(microsoft.graph.mobileAppAssignment)","nullable":true}}},"commit":{"boundTo":"microsoft.graph.mobileAppContentFile","parameters":{"fileEncryptionInfo":{"type":"microsoft.graph.fileEncryptionInfo","nullable":true}}},"renewUpload":{"boundTo":"microsoft.graph.mobileAppContentFile","parameters":{}}}}');

/***/ })

};
