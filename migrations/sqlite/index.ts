import * as migration_20261208_000046_initial from './20261208_000046_initial';

export const migrations = [
  {
    up: migration_20261208_000046_initial.up,
    down: migration_20261208_000046_initial.down,
    name: '20261208_000046_initial'
  },
];
