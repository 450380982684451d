import * as migration_20261127_152911_initial from './20261127_152911_initial';

export const migrations = [
  {
    up: migration_20261127_152911_initial.up,
    down: migration_20261127_152911_initial.down,
    name: '20261127_152911_initial'
  },
];
