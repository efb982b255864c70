import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isIntunePublishError } from '../errors'
import { loadAppTemplate } from './appTemplate'
import { loadAssignmentTemplate } from './assignmentTemplate'

// A real 1x1 PNG and the start of a GIF, built here so the magic-byte check is tested on real bytes.
const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))
const write = (name: string, text: string | Buffer): string => {
  const f = path.join(dir, name)
  fs.mkdirSync(path.dirname(f), { recursive: true })
  fs.writeFileSync(f, text)
  return f
}

async function failure(p: Promise<unknown>): Promise<{ code: string; lines: string[] }> {
  try {
    await p
  } catch (e) {
    if (!isIntunePublishError(e)) throw e
    return { code: e.code, lines: e.message.split('\n') }
  }
  throw new Error('expected a failure')
}

describe('loadAppTemplate', () => {
  test('reads YAML with friendly rules into Graph rules and properties', async () => {
    write('check.ps1', 'if (Test-Path C:\\x) { "ok" }')
    const f = write(
      'app.yaml',
      [
        'displayName: 7-Zip',
        'publisher: Igor Pavlov',
        'installCommandLine: install.cmd',
        'installExperience: { runAsAccount: user, maxRunTimeInMinutes: 30 }',
        'detection:',
        '  - file: { path: "C:\\\\Program Files\\\\7-Zip", name: 7z.exe, check: version, operator: ">=", value: "23.01" }',
        '  - script: { path: check.ps1 }',
        'requirements:',
        '  architectures: [x64, arm64]',
        '  minimumWindowsRelease: Windows11_22H2',
        '  diskSpaceMB: 200',
        '  registry:',
        '    - { key: HKLM\\SOFTWARE\\Foo, valueName: Bar, check: string, operator: equal, value: yes }',
        'categories: [Utilities]',
        'scopeTags: [Contoso]',
        'supersedes: [Old 7-Zip, { id: 0f0e0d0c-0b0a-0908-0706-050403020100, type: replace }]',
      ].join('\n'),
    )
    const t = await loadAppTemplate(f)
    expect(t.files).toEqual([f])
    expect(t.props).toMatchObject({
      displayName: '7-Zip',
      allowedArchitectures: 'x64,arm64',
      applicableArchitectures: 'none',
      minimumSupportedWindowsRelease: 'Windows11_22H2',
      minimumFreeDiskSpaceInMB: 200,
    })
    expect(t.rules[0]).toEqual({
      '@odata.type': '#microsoft.graph.win32LobAppFileSystemRule',
      ruleType: 'detection',
      path: 'C:\\Program Files\\7-Zip',
      fileOrFolderName: '7z.exe',
      check32BitOn64System: false,
      operationType: 'version',
      operator: 'greaterThanOrEqual',
      comparisonValue: '23.01',
    })
    expect(Buffer.from(t.rules[1].scriptContent as string, 'base64').toString()).toBe(
      'if (Test-Path C:\\x) { "ok" }',
    )
    expect(t.rules[2]).toMatchObject({
      ruleType: 'requirement',
      keyPath: 'HKLM\\SOFTWARE\\Foo',
      operationType: 'string',
    })
    expect(t.categories).toEqual(['Utilities'])
    expect(t.scopeTags).toEqual(['Contoso'])
    expect(t.supersedes).toEqual([
      { name: 'Old 7-Zip', type: 'update' },
      { id: '0f0e0d0c-0b0a-0908-0706-050403020100', type: 'replace' },
    ])
  })

  test('reads JSON the same way', async () => {
    const f = write(
      'app.json',
      JSON.stringify({
        displayName: 'X',
        detection: [{ msi: { productCode: '{23170F69-40C1-2702-2301-000001000000}' } }],
      }),
    )
    const t = await loadAppTemplate(f)
    expect(t.rules).toEqual([
      {
        '@odata.type': '#microsoft.graph.win32LobAppProductCodeRule',
        ruleType: 'detection',
        productCode: '{23170F69-40C1-2702-2301-000001000000}',
        productVersionOperator: 'notConfigured',
        productVersion: null,
      },
    ])
  })

  test('lists every schema problem with the file and the field path', async () => {
    const f = write(
      'bad.yaml',
      [
        'displayName: X',
        'publisherr: Typo Inc',
        'installExperience: { runAsAccount: admin }',
        'informationUrl: ftp://example.com',
        'rules:',
        '  - { "@odata.type": "#microsoft.graph.win32LobAppRegistryRule", ruleType: detection }',
        '  - { "@odata.type": "#microsoft.graph.win32LobAppRegistryRule" }',
        'detection:',
        '  - { msi: { productCode: nope }, file: { path: a, name: b } }',
      ].join('\n'),
    )
    const { code, lines } = await failure(loadAppTemplate(f))
    expect(code).toBe('TEMPLATE_INVALID')
    expect(lines).toEqual(
      expect.arrayContaining([
        `${f}: publisherr: unknown key (did you mean 'publisher'?)`,
        `${f}: installExperience.runAsAccount: expected one of system, user (got "admin")`,
        `${f}: informationUrl: expected an http(s) URL (got "ftp://example.com")`,
        `${f}: rules[1].ruleType: required`,
        `${f}: detection[0]: expected exactly one of msi, file, registry, script`,
        `${f}: detection[0].msi.productCode: expected a GUID (got "nope")`,
      ]),
    )
  })

  test('checks verbatim Graph rules against the metadata', async () => {
    const f = write(
      'rules.yaml',
      'rules:\n  - { "@odata.type": "#microsoft.graph.win32LobAppRegistryRule", ruleType: detection, keyPth: x, operationType: bogus }\n',
    )
    const { lines } = await failure(loadAppTemplate(f))
    expect(lines).toEqual(
      expect.arrayContaining([
        `${f}: rules[0].keyPth: not a property of win32LobAppRegistryRule in beta`,
        `${f}: rules[0].operationType: 'bogus' is not a beta win32LobAppRegistryRuleOperationType value`,
      ]),
    )
  })

  test('extends chains merge base-first, child wins, arrays replace, paths stay relative to their file', async () => {
    write('org/icon.png', PNG_1x1)
    write(
      'org/base.yaml',
      'publisher: Contoso\nowner: IT\ncategories: [A, B]\nicon: icon.png\ninstallExperience: { runAsAccount: user }\n',
    )
    write(
      'team/mid.yaml',
      'extends: ../org/base.yaml\nowner: Team\ninstallExperience: { deviceRestartBehavior: suppress }\n',
    )
    const leaf = write('apps/leaf.yaml', 'extends: ../team/mid.yaml\ndisplayName: Leaf\ncategories: [C]\n')
    const t = await loadAppTemplate(leaf)
    expect(t.files).toEqual([leaf, path.join(dir, 'team/mid.yaml'), path.join(dir, 'org/base.yaml')])
    expect(t.props).toMatchObject({
      publisher: 'Contoso',
      owner: 'Team',
      displayName: 'Leaf',
      installExperience: { runAsAccount: 'user', deviceRestartBehavior: 'suppress' },
    })
    expect(t.categories).toEqual(['C'])
    expect(t.props.largeIcon).toEqual({
      '@odata.type': '#microsoft.graph.mimeContent',
      type: 'image/png',
      value: PNG_1x1.toString('base64'),
    })
  })

  test('refuses an extends cycle and a missing base', async () => {
    write('a.yaml', 'extends: b.yaml\n')
    write('b.yaml', 'extends: a.yaml\n')
    const { lines } = await failure(loadAppTemplate(path.join(dir, 'a.yaml')))
    expect(lines.join('\n')).toContain('extends: cycle: a.yaml -> b.yaml -> a.yaml')
    const f = write('c.yaml', 'extends: nowhere.yaml\n')
    expect((await failure(loadAppTemplate(f))).lines.join('\n')).toContain(
      `${f}: extends: ${path.join(dir, 'nowhere.yaml')}: file not found`,
    )
  })

  test('schema problems in a base name the base file', async () => {
    const base = write('base.yaml', 'isFeatured: yes please\n')
    const leaf = write('leaf.yaml', 'extends: base.yaml\ndisplayName: 1\n')
    const { lines } = await failure(loadAppTemplate(leaf))
    expect(lines).toEqual(
      expect.arrayContaining([
        `${base}: isFeatured: expected boolean (got "yes please")`,
        `${leaf}: displayName: expected string (got 1)`,
      ]),
    )
  })

  test('icon: JPEG accepted by magic bytes, GIF and text refused naming the file, size capped', async () => {
    write('i.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))
    const ok = await loadAppTemplate({ icon: 'i.jpg' }, { baseDir: dir })
    expect((ok.props.largeIcon as { type: string }).type).toBe('image/jpeg')
    const gif = write('logo.png', GIF)
    let r = await failure(loadAppTemplate({ icon: 'logo.png' }, { baseDir: dir }))
    expect(r.code).toBe('TEMPLATE_INVALID')
    expect(r.lines.join('\n')).toContain(`icon: ${gif}: the icon is not a PNG or JPEG file`)
    write('t.png', 'hello')
    r = await failure(loadAppTemplate({ icon: 't.png' }, { baseDir: dir }))
    expect(r.lines.join('\n')).toContain('is not a PNG or JPEG')
    write('big.png', Buffer.concat([PNG_1x1, Buffer.alloc(2 * 1024 * 1024)]))
    r = await failure(loadAppTemplate({ icon: 'big.png' }, { baseDir: dir }))
    expect(r.lines.join('\n')).toContain('at most 2097152 (2 MiB) allowed')
  })

  test('at most one script detection rule; YAML syntax errors give line and column', async () => {
    const two = await failure(
      loadAppTemplate(
        { detection: [{ script: { content: 'a' } }, { script: { content: 'b' } }] },
        { baseDir: dir },
      ),
    )
    expect(two.lines.join('\n')).toContain('detection: at most one script detection rule')
    const f = write('broken.yaml', 'displayName: x\n  bad: [\n')
    const r = await failure(loadAppTemplate(f))
    expect(r.lines[1]).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `))
  })

  test('assignments by name, path and inline', async () => {
    write('assignments/pilot.yaml', 'assignments:\n  - { intent: required, group: Pilot }\n')
    const byName = await loadAppTemplate(write('n.yaml', 'assignments: pilot\n'))
    expect(byName.assignments?.entries[0].target).toEqual({ kind: 'group', groupName: 'Pilot' })
    const byPath = await loadAppTemplate(write('p.yaml', 'assignments: assignments/pilot.yaml\n'))
    expect(byPath.assignments?.files).toEqual([path.join(dir, 'assignments/pilot.yaml')])
    const inline = await loadAppTemplate(
      write('i.yaml', 'assignments:\n  - { intent: available, allUsers: true }\n'),
    )
    expect(inline.assignments?.entries).toEqual([
      expect.objectContaining({ intent: 'available', target: { kind: 'allUsers' } }),
    ])
    const bad = await failure(
      loadAppTemplate(
        write(
          'b.yaml',
          'assignments:\n  mode: merge\n  assignments: [{ intent: sometimes, allUsers: true }]\n',
        ),
      ),
    )
    expect(bad.lines.join('\n')).toContain(
      'assignments[0].intent: expected one of required, available, uninstall, availableWithoutEnrollment',
    )
  })
})

describe('docs/examples/templates', () => {
  const examples = path.resolve(__dirname, '../../../../docs/examples/templates')
  test.each(['win32-7zip.yaml', 'ios.yaml'])('%s loads (with its base and assignments)', async name => {
    const t = await loadAppTemplate(path.join(examples, name))
    expect(t.files[t.files.length - 1]).toBe(path.join(examples, 'base.yaml'))
    expect(t.props.owner).toBe('Workplace Engineering')
    expect(t.assignments?.entries.length).toBeGreaterThan(0)
  })
  test.each(['pilot.yaml', 'broad.yaml', 'retire-old.yaml'])('%s loads', async name => {
    const t = await loadAssignmentTemplate(path.join(examples, name))
    expect(t.entries.length).toBeGreaterThan(0)
  })
})
