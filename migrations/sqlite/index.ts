import * as migration_20261127_130354_initial from './20261127_130354_initial';

export const migrations = [
  {
    up: migration_20261127_130354_initial.up,
    down: migration_20261127_130354_initial.down,
    name: '20261127_130354_initial'
  },
];
