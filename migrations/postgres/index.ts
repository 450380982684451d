import * as migration_20261208_021452_initial from './20261208_021452_initial';

export const migrations = [
  {
    up: migration_20261208_021452_initial.up,
    down: migration_20261208_021452_initial.down,
    name: '20261208_021452_initial'
  },
];
