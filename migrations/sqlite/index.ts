import * as migration_20261127_174520_initial from './20261127_174520_initial';

export const migrations = [
  {
    up: migration_20261127_174520_initial.up,
    down: migration_20261127_174520_initial.down,
    name: '20261127_174520_initial'
  },
];
