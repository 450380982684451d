import * as migration_20261127_152853_initial from './20261127_152853_initial';

export const migrations = [
  {
    up: migration_20261127_152853_initial.up,
    down: migration_20261127_152853_initial.down,
    name: '20261127_152853_initial'
  },
];
