import * as migration_20261127_130412_initial from './20261127_130412_initial';

export const migrations = [
  {
    up: migration_20261127_130412_initial.up,
    down: migration_20261127_130412_initial.down,
    name: '20261127_130412_initial'
  },
];
