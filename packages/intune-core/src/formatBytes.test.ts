import { formatBytes } from './formatBytes'

test('formatBytes picks a unit people read at a glance', () => {
  expect([0, 800, 2013, 64 * 1048576, 3 * 1073741824].map(formatBytes)).toEqual([
    '0 B',
    '800 B',
    '2.0 KiB',
    '64.0 MiB',
    '3.00 GiB',
  ])
})
