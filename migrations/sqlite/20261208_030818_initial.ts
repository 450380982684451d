import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`issues_blocks_story\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`story_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`issues_blocks_story_order_idx\` ON \`issues_blocks_story\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`issues_blocks_story_parent_id_idx\` ON \`issues_blocks_story\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_blocks_story_path_idx\` ON \`issues_blocks_story\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`issues_blocks_story_story_idx\` ON \`issues_blocks_story\` (\`story_id\`);`)
  await db.run(sql`CREATE TABLE \`issues_blocks_sponsor\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`sponsor_id\` integer,
  	\`copy\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`sponsor_id\`) REFERENCES \`sponsors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`issues_blocks_sponsor_order_idx\` ON \`issues_blocks_sponsor\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`issues_blocks_sponsor_parent_id_idx\` ON \`issues_blocks_sponsor\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_blocks_sponsor_path_idx\` ON \`issues_blocks_sponsor\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`issues_blocks_sponsor_sponsor_idx\` ON \`issues_blocks_sponsor\` (\`sponsor_id\`);`)
  await db.run(sql`CREATE TABLE \`issues_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`note\` text,
  	\`override_reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`issues_review_log_order_idx\` ON \`issues_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`issues_review_log_parent_id_idx\` ON \`issues_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_review_log_by_idx\` ON \`issues_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`issues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`publish_date\` text,
  	\`title\` text,
  	\`slug\` text,
  	\`subject_line\` text,
  	\`preheader\` text,
  	\`letter\` text,
  	\`stage\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`submitted_by_id\` integer,
  	\`assigned_reviewer_id\` integer,
  	\`publish_at\` text,
  	\`scheduled_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`issues_number_idx\` ON \`issues\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`issues_publish_date_idx\` ON \`issues\` (\`publish_date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`issues_slug_idx\` ON \`issues\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`issues_stage_idx\` ON \`issues\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`issues_created_by_idx\` ON \`issues\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_last_edited_by_idx\` ON \`issues\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_submitted_by_idx\` ON \`issues\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_assigned_reviewer_idx\` ON \`issues\` (\`assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_publish_at_idx\` ON \`issues\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`issues_scheduled_by_idx\` ON \`issues\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_updated_at_idx\` ON \`issues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`issues_created_at_idx\` ON \`issues\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`issues__status_idx\` ON \`issues\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_number_createdAt_idx\` ON \`issues\` (\`_status\`,\`number\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`issues_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`figures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`figures_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`issues_rels_order_idx\` ON \`issues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_parent_idx\` ON \`issues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_path_idx\` ON \`issues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_figures_id_idx\` ON \`issues_rels\` (\`figures_id\`);`)
  await db.run(sql`CREATE TABLE \`_issues_v_blocks_story\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`story_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_issues_v_blocks_story_order_idx\` ON \`_issues_v_blocks_story\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_blocks_story_parent_id_idx\` ON \`_issues_v_blocks_story\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_blocks_story_path_idx\` ON \`_issues_v_blocks_story\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_blocks_story_story_idx\` ON \`_issues_v_blocks_story\` (\`story_id\`);`)
  await db.run(sql`CREATE TABLE \`_issues_v_blocks_sponsor\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`sponsor_id\` integer,
  	\`copy\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`sponsor_id\`) REFERENCES \`sponsors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_issues_v_blocks_sponsor_order_idx\` ON \`_issues_v_blocks_sponsor\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_blocks_sponsor_parent_id_idx\` ON \`_issues_v_blocks_sponsor\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_blocks_sponsor_path_idx\` ON \`_issues_v_blocks_sponsor\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_blocks_sponsor_sponsor_idx\` ON \`_issues_v_blocks_sponsor\` (\`sponsor_id\`);`)
  await db.run(sql`CREATE TABLE \`_issues_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`note\` text,
  	\`override_reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_issues_v_version_review_log_order_idx\` ON \`_issues_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_review_log_parent_id_idx\` ON \`_issues_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_review_log_by_idx\` ON \`_issues_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_issues_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` numeric,
  	\`version_publish_date\` text,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_subject_line\` text,
  	\`version_preheader\` text,
  	\`version_letter\` text,
  	\`version_stage\` text DEFAULT 'draft',
  	\`version_created_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_assigned_reviewer_id\` integer,
  	\`version_publish_at\` text,
  	\`version_scheduled_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assigned_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_issues_v_parent_idx\` ON \`_issues_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_number_idx\` ON \`_issues_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_publish_date_idx\` ON \`_issues_v\` (\`version_publish_date\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_slug_idx\` ON \`_issues_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_stage_idx\` ON \`_issues_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_created_by_idx\` ON \`_issues_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_last_edited_by_idx\` ON \`_issues_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_submitted_by_idx\` ON \`_issues_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_assigned_reviewer_idx\` ON \`_issues_v\` (\`version_assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_publish_at_idx\` ON \`_issues_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_scheduled_by_idx\` ON \`_issues_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_updated_at_idx\` ON \`_issues_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_created_at_idx\` ON \`_issues_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version__status_idx\` ON \`_issues_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_created_at_idx\` ON \`_issues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_updated_at_idx\` ON \`_issues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_latest_idx\` ON \`_issues_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_number_version_createdAt_idx\` ON \`_issues_v\` (\`version__status\`,\`version_number\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_latest_version_number_idx\` ON \`_issues_v\` (\`latest\`,\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_latest_version_updated_at_idx\` ON \`_issues_v\` (\`latest\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_latest_version_created_at_idx\` ON \`_issues_v\` (\`latest\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_latest_version_stage_version_updated_at_idx\` ON \`_issues_v\` (\`latest\`,\`version_stage\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_latest_version_stage_version_number_idx\` ON \`_issues_v\` (\`latest\`,\`version_stage\`,\`version_number\`);`)
  await db.run(sql`CREATE TABLE \`_issues_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`figures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`figures_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_order_idx\` ON \`_issues_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_parent_idx\` ON \`_issues_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_path_idx\` ON \`_issues_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_figures_id_idx\` ON \`_issues_v_rels\` (\`figures_id\`);`)
  await db.run(sql`CREATE TABLE \`stories_blocks_whats_new\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_blocks_whats_new_order_idx\` ON \`stories_blocks_whats_new\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_whats_new_parent_id_idx\` ON \`stories_blocks_whats_new\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_whats_new_path_idx\` ON \`stories_blocks_whats_new\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`stories_blocks_key_insight\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_blocks_key_insight_order_idx\` ON \`stories_blocks_key_insight\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_key_insight_parent_id_idx\` ON \`stories_blocks_key_insight\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_key_insight_path_idx\` ON \`stories_blocks_key_insight\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`stories_blocks_how_it_works\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_blocks_how_it_works_order_idx\` ON \`stories_blocks_how_it_works\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_how_it_works_parent_id_idx\` ON \`stories_blocks_how_it_works\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_how_it_works_path_idx\` ON \`stories_blocks_how_it_works\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`stories_blocks_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_blocks_results_order_idx\` ON \`stories_blocks_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_results_parent_id_idx\` ON \`stories_blocks_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_results_path_idx\` ON \`stories_blocks_results\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`stories_blocks_behind_the_news\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_blocks_behind_the_news_order_idx\` ON \`stories_blocks_behind_the_news\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_behind_the_news_parent_id_idx\` ON \`stories_blocks_behind_the_news\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_behind_the_news_path_idx\` ON \`stories_blocks_behind_the_news\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`stories_blocks_why_it_matters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_blocks_why_it_matters_order_idx\` ON \`stories_blocks_why_it_matters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_why_it_matters_parent_id_idx\` ON \`stories_blocks_why_it_matters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_why_it_matters_path_idx\` ON \`stories_blocks_why_it_matters\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`stories_blocks_were_thinking\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_blocks_were_thinking_order_idx\` ON \`stories_blocks_were_thinking\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_were_thinking_parent_id_idx\` ON \`stories_blocks_were_thinking\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_were_thinking_path_idx\` ON \`stories_blocks_were_thinking\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`stories_blocks_section\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`body\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_blocks_section_order_idx\` ON \`stories_blocks_section\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_section_parent_id_idx\` ON \`stories_blocks_section\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_blocks_section_path_idx\` ON \`stories_blocks_section\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`stories_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`note\` text,
  	\`override_reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_review_log_order_idx\` ON \`stories_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_review_log_parent_id_idx\` ON \`stories_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_review_log_by_idx\` ON \`stories_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`stories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`headline\` text,
  	\`slug\` text,
  	\`dek\` text,
  	\`hero_figure_id\` integer,
  	\`stage\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`submitted_by_id\` integer,
  	\`assigned_reviewer_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_figure_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_slug_idx\` ON \`stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`stories_hero_figure_idx\` ON \`stories\` (\`hero_figure_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_stage_idx\` ON \`stories\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`stories_created_by_idx\` ON \`stories\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_last_edited_by_idx\` ON \`stories\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_submitted_by_idx\` ON \`stories\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_assigned_reviewer_idx\` ON \`stories\` (\`assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_updated_at_idx\` ON \`stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_created_at_idx\` ON \`stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`stories__status_idx\` ON \`stories\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_idx\` ON \`stories\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`stories_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_texts_order_parent\` ON \`stories_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_texts_parent_id_order_idx\` ON \`stories_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`stories_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`figures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`figures_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_rels_order_idx\` ON \`stories_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_parent_idx\` ON \`stories_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_path_idx\` ON \`stories_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_figures_id_idx\` ON \`stories_rels\` (\`figures_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_blocks_whats_new\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_whats_new_order_idx\` ON \`_stories_v_blocks_whats_new\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_whats_new_parent_id_idx\` ON \`_stories_v_blocks_whats_new\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_whats_new_path_idx\` ON \`_stories_v_blocks_whats_new\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_blocks_key_insight\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_key_insight_order_idx\` ON \`_stories_v_blocks_key_insight\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_key_insight_parent_id_idx\` ON \`_stories_v_blocks_key_insight\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_key_insight_path_idx\` ON \`_stories_v_blocks_key_insight\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_blocks_how_it_works\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_how_it_works_order_idx\` ON \`_stories_v_blocks_how_it_works\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_how_it_works_parent_id_idx\` ON \`_stories_v_blocks_how_it_works\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_how_it_works_path_idx\` ON \`_stories_v_blocks_how_it_works\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_blocks_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_results_order_idx\` ON \`_stories_v_blocks_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_results_parent_id_idx\` ON \`_stories_v_blocks_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_results_path_idx\` ON \`_stories_v_blocks_results\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_blocks_behind_the_news\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_behind_the_news_order_idx\` ON \`_stories_v_blocks_behind_the_news\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_behind_the_news_parent_id_idx\` ON \`_stories_v_blocks_behind_the_news\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_behind_the_news_path_idx\` ON \`_stories_v_blocks_behind_the_news\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_blocks_why_it_matters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_why_it_matters_order_idx\` ON \`_stories_v_blocks_why_it_matters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_why_it_matters_parent_id_idx\` ON \`_stories_v_blocks_why_it_matters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_why_it_matters_path_idx\` ON \`_stories_v_blocks_why_it_matters\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_blocks_were_thinking\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_were_thinking_order_idx\` ON \`_stories_v_blocks_were_thinking\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_were_thinking_parent_id_idx\` ON \`_stories_v_blocks_were_thinking\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_were_thinking_path_idx\` ON \`_stories_v_blocks_were_thinking\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_blocks_section\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_section_order_idx\` ON \`_stories_v_blocks_section\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_section_parent_id_idx\` ON \`_stories_v_blocks_section\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_blocks_section_path_idx\` ON \`_stories_v_blocks_section\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`note\` text,
  	\`override_reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_version_review_log_order_idx\` ON \`_stories_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_review_log_parent_id_idx\` ON \`_stories_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_review_log_by_idx\` ON \`_stories_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_headline\` text,
  	\`version_slug\` text,
  	\`version_dek\` text,
  	\`version_hero_figure_id\` integer,
  	\`version_stage\` text DEFAULT 'draft',
  	\`version_created_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_assigned_reviewer_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_figure_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assigned_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_parent_idx\` ON \`_stories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_slug_idx\` ON \`_stories_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_hero_figure_idx\` ON \`_stories_v\` (\`version_hero_figure_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_stage_idx\` ON \`_stories_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_created_by_idx\` ON \`_stories_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_last_edited_by_idx\` ON \`_stories_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_submitted_by_idx\` ON \`_stories_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_assigned_reviewer_idx\` ON \`_stories_v\` (\`version_assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_updated_at_idx\` ON \`_stories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_created_at_idx\` ON \`_stories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version__status_idx\` ON \`_stories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_created_at_idx\` ON \`_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_updated_at_idx\` ON \`_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_latest_idx\` ON \`_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_idx\` ON \`_stories_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_latest_version_updated_at_idx\` ON \`_stories_v\` (\`latest\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_latest_version_created_at_idx\` ON \`_stories_v\` (\`latest\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_latest_version_stage_version_updated_at_idx\` ON \`_stories_v\` (\`latest\`,\`version_stage\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_texts_order_parent\` ON \`_stories_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_texts_parent_id_order_idx\` ON \`_stories_v_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`figures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`figures_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_order_idx\` ON \`_stories_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_parent_idx\` ON \`_stories_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_path_idx\` ON \`_stories_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_figures_id_idx\` ON \`_stories_v_rels\` (\`figures_id\`);`)
  await db.run(sql`CREATE TABLE \`figures_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`variant\` text NOT NULL,
  	\`format\` text NOT NULL,
  	\`width\` numeric NOT NULL,
  	\`height\` numeric NOT NULL,
  	\`filesize\` numeric NOT NULL,
  	\`filename\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`figures_sources_order_idx\` ON \`figures_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`figures_sources_parent_id_idx\` ON \`figures_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`figures_sources_filename_idx\` ON \`figures_sources\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`figures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`shown_to_readers\` integer DEFAULT false,
  	\`aspect_ratio\` numeric,
  	\`placeholder_color\` text,
  	\`placeholder_data_u_r_l\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`figures_shown_to_readers_idx\` ON \`figures\` (\`shown_to_readers\`);`)
  await db.run(sql`CREATE INDEX \`figures_updated_at_idx\` ON \`figures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`figures_created_at_idx\` ON \`figures\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`figures_filename_idx\` ON \`figures\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`shownToReaders_createdAt_idx\` ON \`figures\` (\`shown_to_readers\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sponsors_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`note\` text,
  	\`override_reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sponsors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsors_review_log_order_idx\` ON \`sponsors_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sponsors_review_log_parent_id_idx\` ON \`sponsors_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsors_review_log_by_idx\` ON \`sponsors_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`sponsors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`logo_id\` integer,
  	\`url\` text,
  	\`headline\` text,
  	\`copy\` text,
  	\`cta_label\` text,
  	\`cta_url\` text,
  	\`disclosure\` text DEFAULT 'Sponsored',
  	\`stage\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`submitted_by_id\` integer,
  	\`assigned_reviewer_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsors_logo_idx\` ON \`sponsors\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsors_stage_idx\` ON \`sponsors\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`sponsors_created_by_idx\` ON \`sponsors\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsors_last_edited_by_idx\` ON \`sponsors\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsors_submitted_by_idx\` ON \`sponsors\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsors_assigned_reviewer_idx\` ON \`sponsors\` (\`assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsors_updated_at_idx\` ON \`sponsors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsors_created_at_idx\` ON \`sponsors\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsors__status_idx\` ON \`sponsors\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_1_idx\` ON \`sponsors\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sponsors_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`figures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sponsors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`figures_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsors_rels_order_idx\` ON \`sponsors_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sponsors_rels_parent_idx\` ON \`sponsors_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsors_rels_path_idx\` ON \`sponsors_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`sponsors_rels_figures_id_idx\` ON \`sponsors_rels\` (\`figures_id\`);`)
  await db.run(sql`CREATE TABLE \`_sponsors_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`note\` text,
  	\`override_reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sponsors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sponsors_v_version_review_log_order_idx\` ON \`_sponsors_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_version_review_log_parent_id_idx\` ON \`_sponsors_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_version_review_log_by_idx\` ON \`_sponsors_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_sponsors_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_logo_id\` integer,
  	\`version_url\` text,
  	\`version_headline\` text,
  	\`version_copy\` text,
  	\`version_cta_label\` text,
  	\`version_cta_url\` text,
  	\`version_disclosure\` text DEFAULT 'Sponsored',
  	\`version_stage\` text DEFAULT 'draft',
  	\`version_created_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_assigned_reviewer_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sponsors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assigned_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sponsors_v_parent_idx\` ON \`_sponsors_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_version_version_logo_idx\` ON \`_sponsors_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_version_version_stage_idx\` ON \`_sponsors_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_version_version_created_by_idx\` ON \`_sponsors_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_version_version_last_edited_by_idx\` ON \`_sponsors_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_version_version_submitted_by_idx\` ON \`_sponsors_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_version_version_assigned_reviewer_idx\` ON \`_sponsors_v\` (\`version_assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_version_version_updated_at_idx\` ON \`_sponsors_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_version_version_created_at_idx\` ON \`_sponsors_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_version_version__status_idx\` ON \`_sponsors_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_created_at_idx\` ON \`_sponsors_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_updated_at_idx\` ON \`_sponsors_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_latest_idx\` ON \`_sponsors_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_1_idx\` ON \`_sponsors_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_latest_version_updated_at_idx\` ON \`_sponsors_v\` (\`latest\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_latest_version_created_at_idx\` ON \`_sponsors_v\` (\`latest\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_latest_version_stage_version_updated_at_idx\` ON \`_sponsors_v\` (\`latest\`,\`version_stage\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_sponsors_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`figures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sponsors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`figures_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sponsors_v_rels_order_idx\` ON \`_sponsors_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_rels_parent_idx\` ON \`_sponsors_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_rels_path_idx\` ON \`_sponsors_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_sponsors_v_rels_figures_id_idx\` ON \`_sponsors_v_rels\` (\`figures_id\`);`)
  await db.run(sql`CREATE TABLE \`issue_editions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`issue\` text NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`slug\` text,
  	\`content\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`issue_editions_issue_idx\` ON \`issue_editions\` (\`issue\`);`)
  await db.run(sql`CREATE INDEX \`issue_editions_number_idx\` ON \`issue_editions\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`issue_editions_slug_idx\` ON \`issue_editions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`issue_editions_updated_at_idx\` ON \`issue_editions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`issue_editions_created_at_idx\` ON \`issue_editions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`issue_editions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`issue_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`issue_editions_texts_order_parent\` ON \`issue_editions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`issue_editions_texts_text_idx\` ON \`issue_editions_texts\` (\`text\`);`)
  await db.run(sql`CREATE INDEX \`issue_editions_texts_parent_id_order_idx\` ON \`issue_editions_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`preview_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`issue_id\` integer NOT NULL,
  	\`label\` text,
  	\`expires_at\` text,
  	\`revoked\` integer DEFAULT false,
  	\`revoked_at\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`issue_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`preview_links_issue_idx\` ON \`preview_links\` (\`issue_id\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_created_by_idx\` ON \`preview_links\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_updated_at_idx\` ON \`preview_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_created_at_idx\` ON \`preview_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`figures_id\` integer,
  	\`issue_editions_id\` integer,
  	\`preview_links_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`figures_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issue_editions_id\`) REFERENCES \`issue_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`preview_links_id\`) REFERENCES \`preview_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_figures_id_idx\` ON \`payload_locked_documents_rels\` (\`figures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issue_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`issue_editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_preview_links_id_idx\` ON \`payload_locked_documents_rels\` (\`preview_links_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`newsletter\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`tagline\` text,
  	\`logo_id\` integer,
  	\`subscribe_url\` text,
  	\`sender_name\` text,
  	\`sender_email\` text,
  	\`footer_text\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_logo_idx\` ON \`newsletter\` (\`logo_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`issues_blocks_story\`;`)
  await db.run(sql`DROP TABLE \`issues_blocks_sponsor\`;`)
  await db.run(sql`DROP TABLE \`issues_review_log\`;`)
  await db.run(sql`DROP TABLE \`issues\`;`)
  await db.run(sql`DROP TABLE \`issues_rels\`;`)
  await db.run(sql`DROP TABLE \`_issues_v_blocks_story\`;`)
  await db.run(sql`DROP TABLE \`_issues_v_blocks_sponsor\`;`)
  await db.run(sql`DROP TABLE \`_issues_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_issues_v\`;`)
  await db.run(sql`DROP TABLE \`_issues_v_rels\`;`)
  await db.run(sql`DROP TABLE \`stories_blocks_whats_new\`;`)
  await db.run(sql`DROP TABLE \`stories_blocks_key_insight\`;`)
  await db.run(sql`DROP TABLE \`stories_blocks_how_it_works\`;`)
  await db.run(sql`DROP TABLE \`stories_blocks_results\`;`)
  await db.run(sql`DROP TABLE \`stories_blocks_behind_the_news\`;`)
  await db.run(sql`DROP TABLE \`stories_blocks_why_it_matters\`;`)
  await db.run(sql`DROP TABLE \`stories_blocks_were_thinking\`;`)
  await db.run(sql`DROP TABLE \`stories_blocks_section\`;`)
  await db.run(sql`DROP TABLE \`stories_review_log\`;`)
  await db.run(sql`DROP TABLE \`stories\`;`)
  await db.run(sql`DROP TABLE \`stories_texts\`;`)
  await db.run(sql`DROP TABLE \`stories_rels\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_blocks_whats_new\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_blocks_key_insight\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_blocks_how_it_works\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_blocks_results\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_blocks_behind_the_news\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_blocks_why_it_matters\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_blocks_were_thinking\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_blocks_section\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_stories_v\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_rels\`;`)
  await db.run(sql`DROP TABLE \`figures_sources\`;`)
  await db.run(sql`DROP TABLE \`figures\`;`)
  await db.run(sql`DROP TABLE \`sponsors_review_log\`;`)
  await db.run(sql`DROP TABLE \`sponsors\`;`)
  await db.run(sql`DROP TABLE \`sponsors_rels\`;`)
  await db.run(sql`DROP TABLE \`_sponsors_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_sponsors_v\`;`)
  await db.run(sql`DROP TABLE \`_sponsors_v_rels\`;`)
  await db.run(sql`DROP TABLE \`issue_editions\`;`)
  await db.run(sql`DROP TABLE \`issue_editions_texts\`;`)
  await db.run(sql`DROP TABLE \`preview_links\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`newsletter\`;`)
}
