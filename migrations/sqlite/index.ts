import * as migration_20261208_014833_initial from './20261208_014833_initial';

export const migrations = [
  {
    up: migration_20261208_014833_initial.up,
    down: migration_20261208_014833_initial.down,
    name: '20261208_014833_initial'
  },
];
