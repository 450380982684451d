import * as migration_20261201_183955_initial from './20261201_183955_initial';

export const migrations = [
  {
    up: migration_20261201_183955_initial.up,
    down: migration_20261201_183955_initial.down,
    name: '20261201_183955_initial'
  },
];
