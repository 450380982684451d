import * as migration_20261127_140233_initial from './20261127_140233_initial';

export const migrations = [
  {
    up: migration_20261127_140233_initial.up,
    down: migration_20261127_140233_initial.down,
    name: '20261127_140233_initial'
  },
];
