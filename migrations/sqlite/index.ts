import * as migration_20261207_172730_initial from './20261207_172730_initial';

export const migrations = [
  {
    up: migration_20261207_172730_initial.up,
    down: migration_20261207_172730_initial.down,
    name: '20261207_172730_initial'
  },
];
