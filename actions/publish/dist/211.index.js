export const id = 211;
export const ids = [211];
export const modules = {

/***/ 1758:
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
const sanitize_1 = __webpack_require__(9228);
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

/***/ 8365:
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

/***/ 110:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createTokenProvider = createTokenProvider;
/**
 * Access tokens for Graph by client credentials (secret, certificate or federated assertion) through
 * msal-node. One ConfidentialClientApplication per connection: MSAL caches the token; we force a new one
 * when less than `refreshMarginMs` is left, so long uploads never send a token that expires mid-call.
 */
const msal_node_1 = __webpack_require__(3534);
const sanitize_1 = __webpack_require__(9228);
const aadsts_1 = __webpack_require__(1758);
const claims_1 = __webpack_require__(8365);
const msalNetworkClient_1 = __webpack_require__(1240);
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

/***/ 9538:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.msalNetworkClient = exports.AADSTS = exports.aadstsCode = exports.signInError = exports.decodeClaims = exports.createTokenProvider = void 0;
var createTokenProvider_1 = __webpack_require__(110);
Object.defineProperty(exports, "createTokenProvider", ({ enumerable: true, get: function () { return createTokenProvider_1.createTokenProvider; } }));
var claims_1 = __webpack_require__(8365);
Object.defineProperty(exports, "decodeClaims", ({ enumerable: true, get: function () { return claims_1.decodeClaims; } }));
var aadsts_1 = __webpack_require__(1758);
Object.defineProperty(exports, "signInError", ({ enumerable: true, get: function () { return aadsts_1.signInError; } }));
Object.defineProperty(exports, "aadstsCode", ({ enumerable: true, get: function () { return aadsts_1.aadstsCode; } }));
Object.defineProperty(exports, "AADSTS", ({ enumerable: true, get: function () { return aadsts_1.AADSTS; } }));
var msalNetworkClient_1 = __webpack_require__(1240);
Object.defineProperty(exports, "msalNetworkClient", ({ enumerable: true, get: function () { return msalNetworkClient_1.msalNetworkClient; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1240:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.msalNetworkClient = msalNetworkClient;
const sanitize_1 = __webpack_require__(9228);
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

/***/ 8887:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkConnection = checkConnection;
const auth_1 = __webpack_require__(9538);
const connection_1 = __webpack_require__(7032);
const errors_1 = __webpack_require__(7324);
const graph_1 = __webpack_require__(2900);
const http_1 = __webpack_require__(2635);
const logger_1 = __webpack_require__(1539);
const permissions_1 = __webpack_require__(4212);
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

/***/ 8679:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadCertificate = loadCertificate;
/**
 * Turns a certificate credential (PEM with the certificate and its private key) into what MSAL needs:
 * an unencrypted PKCS#8 key and the certificate's SHA-256 thumbprint.
 */
const node_crypto_1 = __webpack_require__(7598);
const errors_1 = __webpack_require__(7324);
const sanitize_1 = __webpack_require__(9228);
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

/***/ 3932:
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

/***/ 7032:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mergeConnectionInputs = exports.readTextFile = exports.readPemOrFile = exports.readJsonOrFile = exports.readConnectionFromEnv = exports.resolveConnection = exports.parseConnectionJson = exports.loadCertificate = exports.parseCloudName = exports.CLOUD_NAMES = exports.CLOUDS = void 0;
var clouds_1 = __webpack_require__(3932);
Object.defineProperty(exports, "CLOUDS", ({ enumerable: true, get: function () { return clouds_1.CLOUDS; } }));
Object.defineProperty(exports, "CLOUD_NAMES", ({ enumerable: true, get: function () { return clouds_1.CLOUD_NAMES; } }));
Object.defineProperty(exports, "parseCloudName", ({ enumerable: true, get: function () { return clouds_1.parseCloudName; } }));
var certificate_1 = __webpack_require__(8679);
Object.defineProperty(exports, "loadCertificate", ({ enumerable: true, get: function () { return certificate_1.loadCertificate; } }));
var parseConnectionJson_1 = __webpack_require__(3545);
Object.defineProperty(exports, "parseConnectionJson", ({ enumerable: true, get: function () { return parseConnectionJson_1.parseConnectionJson; } }));
var resolveConnection_1 = __webpack_require__(136);
Object.defineProperty(exports, "resolveConnection", ({ enumerable: true, get: function () { return resolveConnection_1.resolveConnection; } }));
var readConnectionFromEnv_1 = __webpack_require__(1447);
Object.defineProperty(exports, "readConnectionFromEnv", ({ enumerable: true, get: function () { return readConnectionFromEnv_1.readConnectionFromEnv; } }));
Object.defineProperty(exports, "readJsonOrFile", ({ enumerable: true, get: function () { return readConnectionFromEnv_1.readJsonOrFile; } }));
Object.defineProperty(exports, "readPemOrFile", ({ enumerable: true, get: function () { return readConnectionFromEnv_1.readPemOrFile; } }));
Object.defineProperty(exports, "readTextFile", ({ enumerable: true, get: function () { return readConnectionFromEnv_1.readTextFile; } }));
Object.defineProperty(exports, "mergeConnectionInputs", ({ enumerable: true, get: function () { return readConnectionFromEnv_1.mergeConnectionInputs; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2215:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Finds where a JSON text stops being valid. V8's own JSON.parse message quotes the surrounding text,
 * which for a connection JSON is the client secret, so we locate the error ourselves and never echo input.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.jsonErrorPosition = jsonErrorPosition;
exports.lineAndColumn = lineAndColumn;
/** Returns the 0-based offset of the first syntax error, or -1 when the text is valid JSON. */
function jsonErrorPosition(text) {
    let i = 0;
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
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{')
            return object();
        if (c === '[')
            return array();
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
const sanitize_1 = __webpack_require__(9228);
const jsonErrorPosition_1 = __webpack_require__(2215);
const readTextFile_1 = __webpack_require__(9423);
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
            out.caPem = (0, readTextFile_1.readTextFile)(value, `${source}.caFile`);
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
const sanitize_1 = __webpack_require__(9228);
const parseConnectionJson_1 = __webpack_require__(3545);
const readTextFile_1 = __webpack_require__(9423);
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
        out.caPem = (0, readTextFile_1.readTextFile)(env.INTUNE_CA_FILE.trim(), 'INTUNE_CA_FILE');
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
        return (0, parseConnectionJson_1.parseConnectionJson)((0, readTextFile_1.readTextFile)(path, field), `${field} (${path})`);
    }
    return (0, parseConnectionJson_1.parseConnectionJson)(v, field);
}
/** `value` is PEM text, `@path`, or a plain path to a PEM file. */
function readPemOrFile(value, field) {
    const v = value.trim();
    if (v.includes('-----BEGIN')) {
        (0, sanitize_1.registerSecret)(v);
        return v;
    }
    const pem = (0, readTextFile_1.readTextFile)(v.startsWith('@') ? v.slice(1) : v, field);
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

/***/ 9423:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readTextFile = readTextFile;
const node_fs_1 = __webpack_require__(3024);
const errors_1 = __webpack_require__(7324);
/** Reads a small text input (connection JSON, PEM); an unreadable file is an input error naming `field`. */
function readTextFile(path, field) {
    try {
        return (0, node_fs_1.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code ?? 'unreadable';
        throw (0, errors_1.inputError)(field, `cannot read ${path} (${code}).`, 'Check the path and that the file is readable.');
    }
}
//# sourceMappingURL=readTextFile.js.map

/***/ }),

/***/ 136:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveConnection = resolveConnection;
/**
 * Validates a connection completely before anything is sent: every error is one line that names the
 * field and the fix. Also decides where the secret may go: only to Microsoft's hosts, unless the caller
 * explicitly allowed custom endpoints.
 */
const node_crypto_1 = __webpack_require__(7598);
const errors_1 = __webpack_require__(7324);
const sanitize_1 = __webpack_require__(9228);
const certificate_1 = __webpack_require__(8679);
const clouds_1 = __webpack_require__(3932);
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
const sanitize_1 = __webpack_require__(9228);
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

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createGraphClient = createGraphClient;
/**
 * Our Graph client: the Microsoft Graph SDK's request building and response handling, with our token
 * provider, our dispatcher, our retry policy and one error type. Every call picks its API version.
 */
const node_crypto_1 = __webpack_require__(7598);
const microsoft_graph_client_1 = __webpack_require__(9424);
const graphError_1 = __webpack_require__(9400);
const retryPolicy_1 = __webpack_require__(8876);
const sendMiddleware_1 = __webpack_require__(2312);
function createGraphClient(resolved, tokens, http, logger, options = {}) {
    const retry = { ...retryPolicy_1.defaultRetryPolicy, ...options.retry };
    const auth = new microsoft_graph_client_1.AuthenticationHandler({ getAccessToken: async () => (await tokens.getToken()).token });
    auth.setNext((0, sendMiddleware_1.sendMiddleware)({ http, logger, retry, sleep: options.sleep }));
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

/***/ 9400:
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
exports.RETRYABLE_STATUS = exports.defaultRetryPolicy = exports.retryDelay = exports.parseRetryAfter = exports.unwrapIntuneMessage = exports.toGraphError = exports.createGraphClient = void 0;
var createGraphClient_1 = __webpack_require__(3683);
Object.defineProperty(exports, "createGraphClient", ({ enumerable: true, get: function () { return createGraphClient_1.createGraphClient; } }));
var graphError_1 = __webpack_require__(9400);
Object.defineProperty(exports, "toGraphError", ({ enumerable: true, get: function () { return graphError_1.toGraphError; } }));
Object.defineProperty(exports, "unwrapIntuneMessage", ({ enumerable: true, get: function () { return graphError_1.unwrapIntuneMessage; } }));
var retryPolicy_1 = __webpack_require__(8876);
Object.defineProperty(exports, "parseRetryAfter", ({ enumerable: true, get: function () { return retryPolicy_1.parseRetryAfter; } }));
Object.defineProperty(exports, "retryDelay", ({ enumerable: true, get: function () { return retryPolicy_1.retryDelay; } }));
Object.defineProperty(exports, "defaultRetryPolicy", ({ enumerable: true, get: function () { return retryPolicy_1.defaultRetryPolicy; } }));
Object.defineProperty(exports, "RETRYABLE_STATUS", ({ enumerable: true, get: function () { return retryPolicy_1.RETRYABLE_STATUS; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 8876:
/***/ ((__unused_webpack_module, exports) => {


/**
 * When to retry a Graph call and how long to wait: 429, 503 and 504 only (Graph's transient answers),
 * honouring Retry-After as seconds or an HTTP date, else exponential backoff with jitter. Bounded by a
 * number of attempts and by a total wait, so a throttled run fails in predictable time.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RETRYABLE_STATUS = exports.defaultRetryPolicy = void 0;
exports.parseRetryAfter = parseRetryAfter;
exports.retryDelay = retryDelay;
exports.defaultRetryPolicy = {
    maxAttempts: 6,
    maxTotalWaitMs: 5 * 60_000,
    baseDelayMs: 1_000,
    maxDelayMs: 180_000,
};
exports.RETRYABLE_STATUS = new Set([429, 503, 504]);
/** Milliseconds to wait from a Retry-After value (`"3"`, `"1.5"` or an HTTP date), or undefined. */
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
/**
 * The wait before attempt `attempt + 1` (attempt counts from 1), or undefined when the call should not
 * be retried: wrong status, attempts used up, or the wait would pass the total budget.
 */
function retryDelay(status, attempt, retryAfter, waitedMs, policy = exports.defaultRetryPolicy, random = Math.random) {
    if (!exports.RETRYABLE_STATUS.has(status) || attempt >= policy.maxAttempts)
        return undefined;
    const fromHeader = parseRetryAfter(retryAfter);
    const backoff = policy.baseDelayMs * 2 ** (attempt - 1) * (1 + random() * 0.25);
    const delay = Math.min(fromHeader ?? backoff, policy.maxDelayMs);
    if (waitedMs + delay > policy.maxTotalWaitMs)
        return undefined;
    return Math.round(delay);
}
//# sourceMappingURL=retryPolicy.js.map

/***/ }),

/***/ 2312:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sendMiddleware = sendMiddleware;
const errors_1 = __webpack_require__(7324);
const sanitize_1 = __webpack_require__(9228);
const retryPolicy_1 = __webpack_require__(8876);
const defaultSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
function sendMiddleware(opts) {
    const sleep = opts.sleep ?? defaultSleep;
    return {
        async execute(context) {
            const url = typeof context.request === 'string' ? context.request : context.request.url;
            const init = context.options ?? {};
            const method = (init.method ?? 'GET').toUpperCase();
            const headers = {};
            new Headers(init.headers).forEach((v, k) => {
                headers[k] = v;
            });
            const body = init.body;
            if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) {
                // Streams cannot be replayed on retry; Graph JSON calls never need them (blobs go elsewhere).
                throw new errors_1.IntunePublishError(errors_1.ErrorCodes.GraphError, `Graph ${method}: only buffered bodies are supported.`);
            }
            let waited = 0;
            for (let attempt = 1;; attempt++) {
                const started = Date.now();
                let res;
                try {
                    res = await opts.http.fetch(url, { method, headers, body: body ?? undefined, redirect: 'manual' });
                }
                catch (e) {
                    const why = e instanceof Error ? (e.cause?.message ?? e.message) : String(e);
                    opts.logger.debug(`graph ${method} ${(0, sanitize_1.sanitizeUrl)(url)} failed after ${Date.now() - started} ms: ${why}`);
                    throw new errors_1.IntunePublishError(errors_1.ErrorCodes.NetworkError, `Graph ${method} ${new URL(url).pathname}: ${why}`, {
                        status: 0,
                        clientRequestId: headers['client-request-id'],
                        fix: 'Check the network path to Graph (HTTPS_PROXY/NO_PROXY, a CA for TLS inspection: --ca-file).',
                    });
                }
                const requestId = res.headers.get('request-id') ?? '-';
                opts.logger.debug(`graph ${method} ${(0, sanitize_1.sanitizeUrl)(url)} → ${res.status} (request-id ${requestId}, client-request-id ${headers['client-request-id'] ?? '-'}, ${Date.now() - started} ms)`);
                const delay = (0, retryPolicy_1.retryDelay)(res.status, attempt, res.headers.get('retry-after'), waited, opts.retry);
                if (delay === undefined) {
                    context.response = res;
                    return;
                }
                await res.body?.cancel();
                opts.logger.debug(`graph ${method} ${(0, sanitize_1.sanitizeUrl)(url)}: ${res.status}, retry ${attempt} in ${delay} ms`);
                await sleep(delay);
                waited += delay;
            }
        },
    };
}
//# sourceMappingURL=sendMiddleware.js.map

/***/ }),

/***/ 9137:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createHttpClient = createHttpClient;
/**
 * The one undici dispatcher every outbound request goes through (MSAL, Graph, blob uploads), so that a
 * proxy (HTTPS_PROXY / NO_PROXY) and an extra CA apply everywhere the same way. Node's global fetch
 * ignores proxy variables on Node 20, and MSAL's default client uses it: hence one place for all of it.
 */
const node_fs_1 = __webpack_require__(3024);
const node_tls_1 = __webpack_require__(1692);
const undici_1 = __webpack_require__(7275);
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

/***/ 2635:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createHttpClient = void 0;
var createHttpClient_1 = __webpack_require__(9137);
Object.defineProperty(exports, "createHttpClient", ({ enumerable: true, get: function () { return createHttpClient_1.createHttpClient; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 211:
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
exports.checkConnection = exports.registerSecret = exports.sanitizeUrl = exports.sanitizeText = void 0;
/**
 * intune-core: everything intune-publish does, with no CI system in it. Adapters (CLI, GitHub Action,
 * Azure DevOps task) gather inputs, hand them here with a Logger, and render the results.
 * Importing this module has no side effects.
 */
__exportStar(__webpack_require__(7324), exports);
__exportStar(__webpack_require__(1539), exports);
var sanitize_1 = __webpack_require__(9228);
Object.defineProperty(exports, "sanitizeText", ({ enumerable: true, get: function () { return sanitize_1.sanitizeText; } }));
Object.defineProperty(exports, "sanitizeUrl", ({ enumerable: true, get: function () { return sanitize_1.sanitizeUrl; } }));
Object.defineProperty(exports, "registerSecret", ({ enumerable: true, get: function () { return sanitize_1.registerSecret; } }));
__exportStar(__webpack_require__(7032), exports);
__exportStar(__webpack_require__(2635), exports);
__exportStar(__webpack_require__(9538), exports);
__exportStar(__webpack_require__(4212), exports);
__exportStar(__webpack_require__(2900), exports);
var checkConnection_1 = __webpack_require__(8887);
Object.defineProperty(exports, "checkConnection", ({ enumerable: true, get: function () { return checkConnection_1.checkConnection; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1539:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.silentLogger = void 0;
exports.safeLogger = safeLogger;
/**
 * The logger adapters hand to intune-core. The core never prints by itself; the CLI, the Action and
 * the Azure DevOps task each map these calls onto their own logging.
 */
const sanitize_1 = __webpack_require__(9228);
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

/***/ 3214:
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

/***/ 4212:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.grantedPermissions = exports.consentInstructions = exports.adminConsentUrl = exports.assertPermissions = exports.checkPermissions = exports.Requirements = void 0;
var requirements_1 = __webpack_require__(7838);
Object.defineProperty(exports, "Requirements", ({ enumerable: true, get: function () { return requirements_1.Requirements; } }));
var checkPermissions_1 = __webpack_require__(3214);
Object.defineProperty(exports, "checkPermissions", ({ enumerable: true, get: function () { return checkPermissions_1.checkPermissions; } }));
Object.defineProperty(exports, "assertPermissions", ({ enumerable: true, get: function () { return checkPermissions_1.assertPermissions; } }));
Object.defineProperty(exports, "adminConsentUrl", ({ enumerable: true, get: function () { return checkPermissions_1.adminConsentUrl; } }));
Object.defineProperty(exports, "consentInstructions", ({ enumerable: true, get: function () { return checkPermissions_1.consentInstructions; } }));
Object.defineProperty(exports, "grantedPermissions", ({ enumerable: true, get: function () { return checkPermissions_1.grantedPermissions; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7838:
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

/***/ 9228:
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

/***/ })

};
