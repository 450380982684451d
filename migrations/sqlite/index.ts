import * as migration_20261127_124848_initial from './20261127_124848_initial';

export const migrations = [
  {
    up: migration_20261127_124848_initial.up,
    down: migration_20261127_124848_initial.down,
    name: '20261127_124848_initial'
  },
];
