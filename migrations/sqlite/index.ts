import * as migration_20261127_140221_initial from './20261127_140221_initial';

export const migrations = [
  {
    up: migration_20261127_140221_initial.up,
    down: migration_20261127_140221_initial.down,
    name: '20261127_140221_initial'
  },
];
