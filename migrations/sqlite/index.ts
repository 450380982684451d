import * as migration_20261208_030818_initial from './20261208_030818_initial';

export const migrations = [
  {
    up: migration_20261208_030818_initial.up,
    down: migration_20261208_030818_initial.down,
    name: '20261208_030818_initial'
  },
];
