import * as migration_20261208_000049_initial from './20261208_000049_initial';

export const migrations = [
  {
    up: migration_20261208_000049_initial.up,
    down: migration_20261208_000049_initial.down,
    name: '20261208_000049_initial'
  },
];
