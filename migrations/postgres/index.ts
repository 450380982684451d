import * as migration_20261207_172737_initial from './20261207_172737_initial';

export const migrations = [
  {
    up: migration_20261207_172737_initial.up,
    down: migration_20261207_172737_initial.down,
    name: '20261207_172737_initial'
  },
];
