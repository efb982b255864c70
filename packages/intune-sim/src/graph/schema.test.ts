import { GraphHttpError } from './router'
import { projectForVersion, validateActionBody, validateBody } from './schema'

const win32 = {
  '@odata.type': '#microsoft.graph.win32LobApp',
  displayName: 'Contoso Tool',
  publisher: 'Contoso',
  fileName: 'IntunePackage.intunewin',
  setupFilePath: 'setup.msi',
  installCommandLine: 'msiexec /i "setup.msi" /quiet',
  uninstallCommandLine: 'msiexec /x "{GUID}" /quiet',
  applicableArchitectures: 'x64,x86',
  installExperience: { runAsAccount: 'system', deviceRestartBehavior: 'suppress' },
  returnCodes: [
    { returnCode: 0, type: 'success' },
    { returnCode: 3010, type: 'softReboot' },
  ],
  rules: [
    {
      '@odata.type': '#microsoft.graph.win32LobAppProductCodeRule',
      ruleType: 'detection',
      productCode: '{A1B2}',
      productVersionOperator: 'notConfigured',
      productVersion: null,
    },
  ],
  largeIcon: { '@odata.type': '#microsoft.graph.mimeContent', type: 'image/png', value: 'iVBORw0KGgo=' },
  msiInformation: null,
}

function rejection(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(GraphHttpError)
    expect((e as GraphHttpError).status).toBe(400)
    expect((e as GraphHttpError).code).toBe('BadRequest')
    return (e as GraphHttpError).message
  }
  throw new Error('expected a rejection')
}

test('a realistic win32LobApp body is valid on v1.0 and beta and resolves the concrete type', () => {
  expect(validateBody('v1.0', 'mobileApp', win32, 'create')).toBe('microsoft.graph.win32LobApp')
  expect(
    validateBody(
      'beta',
      'microsoft.graph.mobileApp',
      { ...win32, displayVersion: '1.2.3', roleScopeTagIds: ['0'] },
      'create',
    ),
  ).toBe('microsoft.graph.win32LobApp')
})

test('unknown property names the type', () => {
  expect(rejection(() => validateBody('v1.0', 'mobileApp', { ...win32, runAs32bit: false }, 'create'))).toBe(
    "The property 'runAs32bit' does not exist on type 'microsoft.graph.win32LobApp'. Make sure to only use property names that are defined by the type or mark the type as open type.",
  )
})

test('beta-only property and type are refused on v1.0', () => {
  expect(
    rejection(() => validateBody('v1.0', 'mobileApp', { ...win32, displayVersion: '1.0' }, 'create')),
  ).toMatch(/property 'displayVersion' does not exist/)
  expect(
    rejection(() =>
      validateBody(
        'v1.0',
        'mobileApp',
        { '@odata.type': '#microsoft.graph.macOSPkgApp', displayName: 'x' },
        'create',
      ),
    ),
  ).toMatch(/type named 'microsoft.graph.macOSPkgApp' could not be resolved/)
  expect(
    validateBody(
      'beta',
      'mobileApp',
      { '@odata.type': '#microsoft.graph.macOSPkgApp', displayName: 'x' },
      'create',
    ),
  ).toBe('microsoft.graph.macOSPkgApp')
})

test('enum members are checked, flags enums take comma lists, arm64 is beta-only', () => {
  expect(
    rejection(() =>
      validateBody('v1.0', 'mobileApp', { ...win32, installExperience: { runAsAccount: 'admin' } }, 'create'),
    ),
  ).toMatch(/Requested value 'admin' was not found.*runAsAccount/)
  expect(
    rejection(() =>
      validateBody('v1.0', 'mobileApp', { ...win32, applicableArchitectures: 'x64,arm64' }, 'create'),
    ),
  ).toMatch(/'arm64'/)
  expect(
    validateBody(
      'beta',
      'mobileApp',
      { ...win32, allowedArchitectures: 'x64,arm64', applicableArchitectures: 'none' },
      'create',
    ),
  ).toBe('microsoft.graph.win32LobApp')
})

test('primitive types, nested collections and nullability', () => {
  expect(
    rejection(() => validateBody('v1.0', 'mobileApp', { ...win32, minimumMemoryInMB: '512' }, 'create')),
  ).toMatch(/Edm.Int32/)
  expect(
    rejection(() =>
      validateBody(
        'v1.0',
        'mobileApp',
        { ...win32, returnCodes: [{ returnCode: 1.5, type: 'success' }] },
        'create',
      ),
    ),
  ).toMatch(/Edm.Int32/)
  expect(
    rejection(() =>
      validateBody(
        'v1.0',
        'mobileApp',
        { ...win32, largeIcon: { type: 'image/png', value: 'not base64!' } },
        'create',
      ),
    ),
  ).toMatch(/Edm.Binary/)
  expect(
    rejection(() => validateBody('v1.0', 'mobileApp', { ...win32, isFeatured: null }, 'create')),
  ).toMatch(/null value was found for the property named 'isFeatured'/)
  expect(
    rejection(() =>
      validateBody('v1.0', 'mobileApp', { ...win32, rules: [{ ruleType: 'detection' }] }, 'create'),
    ),
  ).toMatch(/abstract/)
})

test('abstract, unrelated and missing @odata.type on create', () => {
  expect(
    rejection(() =>
      validateBody(
        'v1.0',
        'mobileApp',
        { ...win32, '@odata.type': '#microsoft.graph.mobileLobApp' },
        'create',
      ),
    ),
  ).toMatch(/abstract/)
  expect(rejection(() => validateBody('v1.0', 'mobileApp', { displayName: 'x' }, 'create'))).toMatch(
    /abstract/,
  )
  expect(
    rejection(() =>
      validateBody(
        'v1.0',
        'mobileApp',
        { ...win32, '@odata.type': '#microsoft.graph.mimeContent' },
        'create',
      ),
    ),
  ).toMatch(/not assignable to the expected type 'microsoft.graph.mobileApp'/)
})

test('read-only properties are refused on create, tolerated on update; navigation properties are refused but categories', () => {
  expect(
    rejection(() => validateBody('v1.0', 'mobileApp', { ...win32, publishingState: 'published' }, 'create')),
  ).toMatch(/read-only/)
  expect(
    validateBody('v1.0', 'win32LobApp', { publishingState: 'published', displayName: 'n' }, 'update'),
  ).toBe('microsoft.graph.win32LobApp')
  // Working clients send `categories` in a create body (wire-fidelity review R2): accepted.
  expect(validateBody('v1.0', 'mobileApp', { ...win32, categories: [] }, 'create')).toBe(
    'microsoft.graph.win32LobApp',
  )
  expect(rejection(() => validateBody('v1.0', 'mobileApp', { ...win32, assignments: [] }, 'create'))).toMatch(
    /navigation property/,
  )
  expect(
    rejection(() => validateBody('beta', 'mobileApp', { ...win32, 'categories@odata.bind': [] }, 'create')),
  ).toMatch(/navigation property/)
})

test('action parameters (commit) are validated from the metadata', () => {
  const info = {
    fileEncryptionInfo: {
      encryptionKey: 'AAAA',
      macKey: 'AAAA',
      initializationVector: 'AAAA',
      mac: 'AAAA',
      profileIdentifier: 'ProfileVersion1',
      fileDigest: 'AAAA',
      fileDigestAlgorithm: 'SHA256',
    },
  }
  expect(() => validateActionBody('v1.0', 'commit', info)).not.toThrow()
  expect(
    rejection(() =>
      validateActionBody('v1.0', 'commit', { fileEncryptionInfo: { ...info.fileEncryptionInfo, key: 'x' } }),
    ),
  ).toMatch(/property 'key' does not exist on type 'microsoft.graph.fileEncryptionInfo'/)
  expect(rejection(() => validateActionBody('v1.0', 'updateRelationships', { relationships: [] }))).toMatch(
    /updateRelationships/,
  )
})

test('reads on v1.0 hide beta-only properties', () => {
  const out = projectForVersion('v1.0', 'microsoft.graph.win32LobApp', {
    '@odata.type': 'x',
    displayName: 'a',
    displayVersion: '1',
    roleScopeTagIds: [],
  })
  expect(out).toEqual({ '@odata.type': 'x', displayName: 'a' })
})
