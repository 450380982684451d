import * as migration_20261127_124319_initial from './20261127_124319_initial';

export const migrations = [
  {
    up: migration_20261127_124319_initial.up,
    down: migration_20261127_124319_initial.down,
    name: '20261127_124319_initial'
  },
];
