import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer');
  CREATE TYPE "public"."enum_issues_review_log_action" AS ENUM('submit', 'withdraw', 'requestChanges', 'approve', 'publish', 'unpublish', 'edit', 'schedule', 'scheduledPublishSkipped');
  CREATE TYPE "public"."enum_issues_review_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_issues_review_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_issues_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_issues_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__issues_v_version_review_log_action" AS ENUM('submit', 'withdraw', 'requestChanges', 'approve', 'publish', 'unpublish', 'edit', 'schedule', 'scheduledPublishSkipped');
  CREATE TYPE "public"."enum__issues_v_version_review_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__issues_v_version_review_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__issues_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__issues_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_stories_review_log_action" AS ENUM('submit', 'withdraw', 'requestChanges', 'approve', 'publish', 'unpublish', 'edit', 'schedule', 'scheduledPublishSkipped');
  CREATE TYPE "public"."enum_stories_review_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_stories_review_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_stories_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_stories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stories_v_version_review_log_action" AS ENUM('submit', 'withdraw', 'requestChanges', 'approve', 'publish', 'unpublish', 'edit', 'schedule', 'scheduledPublishSkipped');
  CREATE TYPE "public"."enum__stories_v_version_review_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__stories_v_version_review_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__stories_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__stories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_figures_sources_format" AS ENUM('avif', 'webp', 'jpeg', 'png');
  CREATE TYPE "public"."enum_sponsors_review_log_action" AS ENUM('submit', 'withdraw', 'requestChanges', 'approve', 'publish', 'unpublish', 'edit', 'schedule', 'scheduledPublishSkipped');
  CREATE TYPE "public"."enum_sponsors_review_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_sponsors_review_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_sponsors_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_sponsors_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sponsors_v_version_review_log_action" AS ENUM('submit', 'withdraw', 'requestChanges', 'approve', 'publish', 'unpublish', 'edit', 'schedule', 'scheduledPublishSkipped');
  CREATE TYPE "public"."enum__sponsors_v_version_review_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__sponsors_v_version_review_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__sponsors_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__sponsors_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduledIssue', 'makeFigureAvif');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduledIssue', 'makeFigureAvif');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "issues_blocks_story" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "issues_blocks_sponsor" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"sponsor_id" integer,
  	"copy" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "issues_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_issues_review_log_action",
  	"from" "enum_issues_review_log_from",
  	"to" "enum_issues_review_log_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"override_reason" varchar
  );
  
  CREATE TABLE "issues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"publish_date" timestamp(3) with time zone,
  	"title" varchar,
  	"slug" varchar,
  	"subject_line" varchar,
  	"preheader" varchar,
  	"letter" jsonb,
  	"stage" "enum_issues_stage" DEFAULT 'draft',
  	"created_by_id" integer,
  	"last_edited_by_id" integer,
  	"submitted_by_id" integer,
  	"assigned_reviewer_id" integer,
  	"publish_at" timestamp(3) with time zone,
  	"scheduled_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_issues_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "issues_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"figures_id" integer
  );
  
  CREATE TABLE "_issues_v_blocks_story" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_issues_v_blocks_sponsor" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"sponsor_id" integer,
  	"copy" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_issues_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__issues_v_version_review_log_action",
  	"from" "enum__issues_v_version_review_log_from",
  	"to" "enum__issues_v_version_review_log_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"override_reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_issues_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" numeric,
  	"version_publish_date" timestamp(3) with time zone,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_subject_line" varchar,
  	"version_preheader" varchar,
  	"version_letter" jsonb,
  	"version_stage" "enum__issues_v_version_stage" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_submitted_by_id" integer,
  	"version_assigned_reviewer_id" integer,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_scheduled_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__issues_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_issues_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"figures_id" integer
  );
  
  CREATE TABLE "stories_blocks_whats_new" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "stories_blocks_key_insight" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "stories_blocks_how_it_works" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "stories_blocks_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "stories_blocks_behind_the_news" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "stories_blocks_why_it_matters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "stories_blocks_were_thinking" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "stories_blocks_section" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "stories_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_stories_review_log_action",
  	"from" "enum_stories_review_log_from",
  	"to" "enum_stories_review_log_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"override_reason" varchar
  );
  
  CREATE TABLE "stories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"headline" varchar,
  	"slug" varchar,
  	"dek" varchar,
  	"hero_figure_id" integer,
  	"stage" "enum_stories_stage" DEFAULT 'draft',
  	"created_by_id" integer,
  	"last_edited_by_id" integer,
  	"submitted_by_id" integer,
  	"assigned_reviewer_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_stories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "stories_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "stories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"figures_id" integer
  );
  
  CREATE TABLE "_stories_v_blocks_whats_new" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_stories_v_blocks_key_insight" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_stories_v_blocks_how_it_works" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_stories_v_blocks_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_stories_v_blocks_behind_the_news" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_stories_v_blocks_why_it_matters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_stories_v_blocks_were_thinking" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_stories_v_blocks_section" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_stories_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__stories_v_version_review_log_action",
  	"from" "enum__stories_v_version_review_log_from",
  	"to" "enum__stories_v_version_review_log_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"override_reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_stories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_headline" varchar,
  	"version_slug" varchar,
  	"version_dek" varchar,
  	"version_hero_figure_id" integer,
  	"version_stage" "enum__stories_v_version_stage" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_submitted_by_id" integer,
  	"version_assigned_reviewer_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__stories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_stories_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_stories_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"figures_id" integer
  );
  
  CREATE TABLE "figures_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"variant" varchar NOT NULL,
  	"format" "enum_figures_sources_format" NOT NULL,
  	"width" numeric NOT NULL,
  	"height" numeric NOT NULL,
  	"filesize" numeric NOT NULL,
  	"filename" varchar NOT NULL
  );
  
  CREATE TABLE "figures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"credit" varchar,
  	"shown_to_readers" boolean DEFAULT false,
  	"aspect_ratio" numeric,
  	"placeholder_color" varchar,
  	"placeholder_data_u_r_l" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "sponsors_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_sponsors_review_log_action",
  	"from" "enum_sponsors_review_log_from",
  	"to" "enum_sponsors_review_log_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"override_reason" varchar
  );
  
  CREATE TABLE "sponsors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"logo_id" integer,
  	"url" varchar,
  	"headline" varchar,
  	"copy" varchar,
  	"cta_label" varchar,
  	"cta_url" varchar,
  	"disclosure" varchar DEFAULT 'Sponsored',
  	"stage" "enum_sponsors_stage" DEFAULT 'draft',
  	"created_by_id" integer,
  	"last_edited_by_id" integer,
  	"submitted_by_id" integer,
  	"assigned_reviewer_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sponsors_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "sponsors_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"figures_id" integer
  );
  
  CREATE TABLE "_sponsors_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__sponsors_v_version_review_log_action",
  	"from" "enum__sponsors_v_version_review_log_from",
  	"to" "enum__sponsors_v_version_review_log_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"override_reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sponsors_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_logo_id" integer,
  	"version_url" varchar,
  	"version_headline" varchar,
  	"version_copy" varchar,
  	"version_cta_label" varchar,
  	"version_cta_url" varchar,
  	"version_disclosure" varchar DEFAULT 'Sponsored',
  	"version_stage" "enum__sponsors_v_version_stage" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_submitted_by_id" integer,
  	"version_assigned_reviewer_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sponsors_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_sponsors_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"figures_id" integer
  );
  
  CREATE TABLE "issue_editions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issue" varchar NOT NULL,
  	"number" numeric NOT NULL,
  	"slug" varchar,
  	"content" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "issue_editions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "preview_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issue_id" integer NOT NULL,
  	"label" varchar,
  	"expires_at" timestamp(3) with time zone,
  	"revoked" boolean DEFAULT false,
  	"revoked_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"figures_id" integer,
  	"issue_editions_id" integer,
  	"preview_links_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"tagline" varchar,
  	"logo_id" integer,
  	"subscribe_url" varchar,
  	"sender_name" varchar,
  	"sender_email" varchar,
  	"footer_text" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "issues_blocks_story" ADD CONSTRAINT "issues_blocks_story_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues_blocks_story" ADD CONSTRAINT "issues_blocks_story_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "issues_blocks_sponsor" ADD CONSTRAINT "issues_blocks_sponsor_sponsor_id_sponsors_id_fk" FOREIGN KEY ("sponsor_id") REFERENCES "public"."sponsors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues_blocks_sponsor" ADD CONSTRAINT "issues_blocks_sponsor_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "issues_review_log" ADD CONSTRAINT "issues_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues_review_log" ADD CONSTRAINT "issues_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "issues" ADD CONSTRAINT "issues_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues" ADD CONSTRAINT "issues_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues" ADD CONSTRAINT "issues_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues" ADD CONSTRAINT "issues_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues" ADD CONSTRAINT "issues_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues_rels" ADD CONSTRAINT "issues_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "issues_rels" ADD CONSTRAINT "issues_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_issues_v_blocks_story" ADD CONSTRAINT "_issues_v_blocks_story_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v_blocks_story" ADD CONSTRAINT "_issues_v_blocks_story_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_issues_v_blocks_sponsor" ADD CONSTRAINT "_issues_v_blocks_sponsor_sponsor_id_sponsors_id_fk" FOREIGN KEY ("sponsor_id") REFERENCES "public"."sponsors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v_blocks_sponsor" ADD CONSTRAINT "_issues_v_blocks_sponsor_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_issues_v_version_review_log" ADD CONSTRAINT "_issues_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v_version_review_log" ADD CONSTRAINT "_issues_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_issues_v" ADD CONSTRAINT "_issues_v_parent_id_issues_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v" ADD CONSTRAINT "_issues_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v" ADD CONSTRAINT "_issues_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v" ADD CONSTRAINT "_issues_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v" ADD CONSTRAINT "_issues_v_version_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("version_assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v" ADD CONSTRAINT "_issues_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v_rels" ADD CONSTRAINT "_issues_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_issues_v_rels" ADD CONSTRAINT "_issues_v_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_blocks_whats_new" ADD CONSTRAINT "stories_blocks_whats_new_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_blocks_key_insight" ADD CONSTRAINT "stories_blocks_key_insight_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_blocks_how_it_works" ADD CONSTRAINT "stories_blocks_how_it_works_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_blocks_results" ADD CONSTRAINT "stories_blocks_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_blocks_behind_the_news" ADD CONSTRAINT "stories_blocks_behind_the_news_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_blocks_why_it_matters" ADD CONSTRAINT "stories_blocks_why_it_matters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_blocks_were_thinking" ADD CONSTRAINT "stories_blocks_were_thinking_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_blocks_section" ADD CONSTRAINT "stories_blocks_section_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_review_log" ADD CONSTRAINT "stories_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories_review_log" ADD CONSTRAINT "stories_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_hero_figure_id_figures_id_fk" FOREIGN KEY ("hero_figure_id") REFERENCES "public"."figures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories_texts" ADD CONSTRAINT "stories_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_rels" ADD CONSTRAINT "stories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_rels" ADD CONSTRAINT "stories_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_blocks_whats_new" ADD CONSTRAINT "_stories_v_blocks_whats_new_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_blocks_key_insight" ADD CONSTRAINT "_stories_v_blocks_key_insight_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_blocks_how_it_works" ADD CONSTRAINT "_stories_v_blocks_how_it_works_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_blocks_results" ADD CONSTRAINT "_stories_v_blocks_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_blocks_behind_the_news" ADD CONSTRAINT "_stories_v_blocks_behind_the_news_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_blocks_why_it_matters" ADD CONSTRAINT "_stories_v_blocks_why_it_matters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_blocks_were_thinking" ADD CONSTRAINT "_stories_v_blocks_were_thinking_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_blocks_section" ADD CONSTRAINT "_stories_v_blocks_section_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_version_review_log" ADD CONSTRAINT "_stories_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v_version_review_log" ADD CONSTRAINT "_stories_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_parent_id_stories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_hero_figure_id_figures_id_fk" FOREIGN KEY ("version_hero_figure_id") REFERENCES "public"."figures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("version_assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v_texts" ADD CONSTRAINT "_stories_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_rels" ADD CONSTRAINT "_stories_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_rels" ADD CONSTRAINT "_stories_v_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "figures_sources" ADD CONSTRAINT "figures_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsors_review_log" ADD CONSTRAINT "sponsors_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsors_review_log" ADD CONSTRAINT "sponsors_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sponsors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsors" ADD CONSTRAINT "sponsors_logo_id_figures_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."figures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsors" ADD CONSTRAINT "sponsors_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsors" ADD CONSTRAINT "sponsors_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsors" ADD CONSTRAINT "sponsors_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsors" ADD CONSTRAINT "sponsors_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsors_rels" ADD CONSTRAINT "sponsors_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sponsors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsors_rels" ADD CONSTRAINT "sponsors_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sponsors_v_version_review_log" ADD CONSTRAINT "_sponsors_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sponsors_v_version_review_log" ADD CONSTRAINT "_sponsors_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sponsors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sponsors_v" ADD CONSTRAINT "_sponsors_v_parent_id_sponsors_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sponsors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sponsors_v" ADD CONSTRAINT "_sponsors_v_version_logo_id_figures_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."figures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sponsors_v" ADD CONSTRAINT "_sponsors_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sponsors_v" ADD CONSTRAINT "_sponsors_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sponsors_v" ADD CONSTRAINT "_sponsors_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sponsors_v" ADD CONSTRAINT "_sponsors_v_version_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("version_assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sponsors_v_rels" ADD CONSTRAINT "_sponsors_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sponsors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sponsors_v_rels" ADD CONSTRAINT "_sponsors_v_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "issue_editions_texts" ADD CONSTRAINT "issue_editions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."issue_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_issue_id_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_issue_editions_fk" FOREIGN KEY ("issue_editions_id") REFERENCES "public"."issue_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_preview_links_fk" FOREIGN KEY ("preview_links_id") REFERENCES "public"."preview_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter" ADD CONSTRAINT "newsletter_logo_id_figures_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."figures"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "issues_blocks_story_order_idx" ON "issues_blocks_story" USING btree ("_order");
  CREATE INDEX "issues_blocks_story_parent_id_idx" ON "issues_blocks_story" USING btree ("_parent_id");
  CREATE INDEX "issues_blocks_story_path_idx" ON "issues_blocks_story" USING btree ("_path");
  CREATE INDEX "issues_blocks_story_story_idx" ON "issues_blocks_story" USING btree ("story_id");
  CREATE INDEX "issues_blocks_sponsor_order_idx" ON "issues_blocks_sponsor" USING btree ("_order");
  CREATE INDEX "issues_blocks_sponsor_parent_id_idx" ON "issues_blocks_sponsor" USING btree ("_parent_id");
  CREATE INDEX "issues_blocks_sponsor_path_idx" ON "issues_blocks_sponsor" USING btree ("_path");
  CREATE INDEX "issues_blocks_sponsor_sponsor_idx" ON "issues_blocks_sponsor" USING btree ("sponsor_id");
  CREATE INDEX "issues_review_log_order_idx" ON "issues_review_log" USING btree ("_order");
  CREATE INDEX "issues_review_log_parent_id_idx" ON "issues_review_log" USING btree ("_parent_id");
  CREATE INDEX "issues_review_log_by_idx" ON "issues_review_log" USING btree ("by_id");
  CREATE UNIQUE INDEX "issues_number_idx" ON "issues" USING btree ("number");
  CREATE INDEX "issues_publish_date_idx" ON "issues" USING btree ("publish_date");
  CREATE UNIQUE INDEX "issues_slug_idx" ON "issues" USING btree ("slug");
  CREATE INDEX "issues_stage_idx" ON "issues" USING btree ("stage");
  CREATE INDEX "issues_created_by_idx" ON "issues" USING btree ("created_by_id");
  CREATE INDEX "issues_last_edited_by_idx" ON "issues" USING btree ("last_edited_by_id");
  CREATE INDEX "issues_submitted_by_idx" ON "issues" USING btree ("submitted_by_id");
  CREATE INDEX "issues_assigned_reviewer_idx" ON "issues" USING btree ("assigned_reviewer_id");
  CREATE INDEX "issues_publish_at_idx" ON "issues" USING btree ("publish_at");
  CREATE INDEX "issues_scheduled_by_idx" ON "issues" USING btree ("scheduled_by_id");
  CREATE INDEX "issues_updated_at_idx" ON "issues" USING btree ("updated_at");
  CREATE INDEX "issues_created_at_idx" ON "issues" USING btree ("created_at");
  CREATE INDEX "issues__status_idx" ON "issues" USING btree ("_status");
  CREATE INDEX "_status_number_createdAt_idx" ON "issues" USING btree ("_status","number","created_at");
  CREATE INDEX "issues_rels_order_idx" ON "issues_rels" USING btree ("order");
  CREATE INDEX "issues_rels_parent_idx" ON "issues_rels" USING btree ("parent_id");
  CREATE INDEX "issues_rels_path_idx" ON "issues_rels" USING btree ("path");
  CREATE INDEX "issues_rels_figures_id_idx" ON "issues_rels" USING btree ("figures_id");
  CREATE INDEX "_issues_v_blocks_story_order_idx" ON "_issues_v_blocks_story" USING btree ("_order");
  CREATE INDEX "_issues_v_blocks_story_parent_id_idx" ON "_issues_v_blocks_story" USING btree ("_parent_id");
  CREATE INDEX "_issues_v_blocks_story_path_idx" ON "_issues_v_blocks_story" USING btree ("_path");
  CREATE INDEX "_issues_v_blocks_story_story_idx" ON "_issues_v_blocks_story" USING btree ("story_id");
  CREATE INDEX "_issues_v_blocks_sponsor_order_idx" ON "_issues_v_blocks_sponsor" USING btree ("_order");
  CREATE INDEX "_issues_v_blocks_sponsor_parent_id_idx" ON "_issues_v_blocks_sponsor" USING btree ("_parent_id");
  CREATE INDEX "_issues_v_blocks_sponsor_path_idx" ON "_issues_v_blocks_sponsor" USING btree ("_path");
  CREATE INDEX "_issues_v_blocks_sponsor_sponsor_idx" ON "_issues_v_blocks_sponsor" USING btree ("sponsor_id");
  CREATE INDEX "_issues_v_version_review_log_order_idx" ON "_issues_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_issues_v_version_review_log_parent_id_idx" ON "_issues_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_issues_v_version_review_log_by_idx" ON "_issues_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_issues_v_parent_idx" ON "_issues_v" USING btree ("parent_id");
  CREATE INDEX "_issues_v_version_version_number_idx" ON "_issues_v" USING btree ("version_number");
  CREATE INDEX "_issues_v_version_version_publish_date_idx" ON "_issues_v" USING btree ("version_publish_date");
  CREATE INDEX "_issues_v_version_version_slug_idx" ON "_issues_v" USING btree ("version_slug");
  CREATE INDEX "_issues_v_version_version_stage_idx" ON "_issues_v" USING btree ("version_stage");
  CREATE INDEX "_issues_v_version_version_created_by_idx" ON "_issues_v" USING btree ("version_created_by_id");
  CREATE INDEX "_issues_v_version_version_last_edited_by_idx" ON "_issues_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_issues_v_version_version_submitted_by_idx" ON "_issues_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_issues_v_version_version_assigned_reviewer_idx" ON "_issues_v" USING btree ("version_assigned_reviewer_id");
  CREATE INDEX "_issues_v_version_version_publish_at_idx" ON "_issues_v" USING btree ("version_publish_at");
  CREATE INDEX "_issues_v_version_version_scheduled_by_idx" ON "_issues_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "_issues_v_version_version_updated_at_idx" ON "_issues_v" USING btree ("version_updated_at");
  CREATE INDEX "_issues_v_version_version_created_at_idx" ON "_issues_v" USING btree ("version_created_at");
  CREATE INDEX "_issues_v_version_version__status_idx" ON "_issues_v" USING btree ("version__status");
  CREATE INDEX "_issues_v_created_at_idx" ON "_issues_v" USING btree ("created_at");
  CREATE INDEX "_issues_v_updated_at_idx" ON "_issues_v" USING btree ("updated_at");
  CREATE INDEX "_issues_v_latest_idx" ON "_issues_v" USING btree ("latest");
  CREATE INDEX "version__status_version_number_version_createdAt_idx" ON "_issues_v" USING btree ("version__status","version_number","version_created_at");
  CREATE INDEX "_issues_v_latest_version_number_idx" ON "_issues_v" USING btree ("latest","version_number");
  CREATE INDEX "_issues_v_latest_version_updated_at_idx" ON "_issues_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_issues_v_latest_version_created_at_idx" ON "_issues_v" USING btree ("latest","version_created_at");
  CREATE INDEX "_issues_v_latest_version_stage_version_updated_at_idx" ON "_issues_v" USING btree ("latest","version_stage","version_updated_at");
  CREATE INDEX "_issues_v_latest_version_stage_version_number_idx" ON "_issues_v" USING btree ("latest","version_stage","version_number");
  CREATE INDEX "_issues_v_rels_order_idx" ON "_issues_v_rels" USING btree ("order");
  CREATE INDEX "_issues_v_rels_parent_idx" ON "_issues_v_rels" USING btree ("parent_id");
  CREATE INDEX "_issues_v_rels_path_idx" ON "_issues_v_rels" USING btree ("path");
  CREATE INDEX "_issues_v_rels_figures_id_idx" ON "_issues_v_rels" USING btree ("figures_id");
  CREATE INDEX "stories_blocks_whats_new_order_idx" ON "stories_blocks_whats_new" USING btree ("_order");
  CREATE INDEX "stories_blocks_whats_new_parent_id_idx" ON "stories_blocks_whats_new" USING btree ("_parent_id");
  CREATE INDEX "stories_blocks_whats_new_path_idx" ON "stories_blocks_whats_new" USING btree ("_path");
  CREATE INDEX "stories_blocks_key_insight_order_idx" ON "stories_blocks_key_insight" USING btree ("_order");
  CREATE INDEX "stories_blocks_key_insight_parent_id_idx" ON "stories_blocks_key_insight" USING btree ("_parent_id");
  CREATE INDEX "stories_blocks_key_insight_path_idx" ON "stories_blocks_key_insight" USING btree ("_path");
  CREATE INDEX "stories_blocks_how_it_works_order_idx" ON "stories_blocks_how_it_works" USING btree ("_order");
  CREATE INDEX "stories_blocks_how_it_works_parent_id_idx" ON "stories_blocks_how_it_works" USING btree ("_parent_id");
  CREATE INDEX "stories_blocks_how_it_works_path_idx" ON "stories_blocks_how_it_works" USING btree ("_path");
  CREATE INDEX "stories_blocks_results_order_idx" ON "stories_blocks_results" USING btree ("_order");
  CREATE INDEX "stories_blocks_results_parent_id_idx" ON "stories_blocks_results" USING btree ("_parent_id");
  CREATE INDEX "stories_blocks_results_path_idx" ON "stories_blocks_results" USING btree ("_path");
  CREATE INDEX "stories_blocks_behind_the_news_order_idx" ON "stories_blocks_behind_the_news" USING btree ("_order");
  CREATE INDEX "stories_blocks_behind_the_news_parent_id_idx" ON "stories_blocks_behind_the_news" USING btree ("_parent_id");
  CREATE INDEX "stories_blocks_behind_the_news_path_idx" ON "stories_blocks_behind_the_news" USING btree ("_path");
  CREATE INDEX "stories_blocks_why_it_matters_order_idx" ON "stories_blocks_why_it_matters" USING btree ("_order");
  CREATE INDEX "stories_blocks_why_it_matters_parent_id_idx" ON "stories_blocks_why_it_matters" USING btree ("_parent_id");
  CREATE INDEX "stories_blocks_why_it_matters_path_idx" ON "stories_blocks_why_it_matters" USING btree ("_path");
  CREATE INDEX "stories_blocks_were_thinking_order_idx" ON "stories_blocks_were_thinking" USING btree ("_order");
  CREATE INDEX "stories_blocks_were_thinking_parent_id_idx" ON "stories_blocks_were_thinking" USING btree ("_parent_id");
  CREATE INDEX "stories_blocks_were_thinking_path_idx" ON "stories_blocks_were_thinking" USING btree ("_path");
  CREATE INDEX "stories_blocks_section_order_idx" ON "stories_blocks_section" USING btree ("_order");
  CREATE INDEX "stories_blocks_section_parent_id_idx" ON "stories_blocks_section" USING btree ("_parent_id");
  CREATE INDEX "stories_blocks_section_path_idx" ON "stories_blocks_section" USING btree ("_path");
  CREATE INDEX "stories_review_log_order_idx" ON "stories_review_log" USING btree ("_order");
  CREATE INDEX "stories_review_log_parent_id_idx" ON "stories_review_log" USING btree ("_parent_id");
  CREATE INDEX "stories_review_log_by_idx" ON "stories_review_log" USING btree ("by_id");
  CREATE UNIQUE INDEX "stories_slug_idx" ON "stories" USING btree ("slug");
  CREATE INDEX "stories_hero_figure_idx" ON "stories" USING btree ("hero_figure_id");
  CREATE INDEX "stories_stage_idx" ON "stories" USING btree ("stage");
  CREATE INDEX "stories_created_by_idx" ON "stories" USING btree ("created_by_id");
  CREATE INDEX "stories_last_edited_by_idx" ON "stories" USING btree ("last_edited_by_id");
  CREATE INDEX "stories_submitted_by_idx" ON "stories" USING btree ("submitted_by_id");
  CREATE INDEX "stories_assigned_reviewer_idx" ON "stories" USING btree ("assigned_reviewer_id");
  CREATE INDEX "stories_updated_at_idx" ON "stories" USING btree ("updated_at");
  CREATE INDEX "stories_created_at_idx" ON "stories" USING btree ("created_at");
  CREATE INDEX "stories__status_idx" ON "stories" USING btree ("_status");
  CREATE INDEX "_status_createdAt_idx" ON "stories" USING btree ("_status","created_at");
  CREATE INDEX "stories_headline_trgm_idx" ON "stories" USING gin ("headline" gin_trgm_ops) WITH (fastupdate=off);
  CREATE INDEX "stories_texts_order_parent" ON "stories_texts" USING btree ("order","parent_id");
  CREATE INDEX "stories_texts_parent_id_order_idx" ON "stories_texts" USING btree ("parent_id","order");
  CREATE INDEX "stories_rels_order_idx" ON "stories_rels" USING btree ("order");
  CREATE INDEX "stories_rels_parent_idx" ON "stories_rels" USING btree ("parent_id");
  CREATE INDEX "stories_rels_path_idx" ON "stories_rels" USING btree ("path");
  CREATE INDEX "stories_rels_figures_id_idx" ON "stories_rels" USING btree ("figures_id");
  CREATE INDEX "_stories_v_blocks_whats_new_order_idx" ON "_stories_v_blocks_whats_new" USING btree ("_order");
  CREATE INDEX "_stories_v_blocks_whats_new_parent_id_idx" ON "_stories_v_blocks_whats_new" USING btree ("_parent_id");
  CREATE INDEX "_stories_v_blocks_whats_new_path_idx" ON "_stories_v_blocks_whats_new" USING btree ("_path");
  CREATE INDEX "_stories_v_blocks_key_insight_order_idx" ON "_stories_v_blocks_key_insight" USING btree ("_order");
  CREATE INDEX "_stories_v_blocks_key_insight_parent_id_idx" ON "_stories_v_blocks_key_insight" USING btree ("_parent_id");
  CREATE INDEX "_stories_v_blocks_key_insight_path_idx" ON "_stories_v_blocks_key_insight" USING btree ("_path");
  CREATE INDEX "_stories_v_blocks_how_it_works_order_idx" ON "_stories_v_blocks_how_it_works" USING btree ("_order");
  CREATE INDEX "_stories_v_blocks_how_it_works_parent_id_idx" ON "_stories_v_blocks_how_it_works" USING btree ("_parent_id");
  CREATE INDEX "_stories_v_blocks_how_it_works_path_idx" ON "_stories_v_blocks_how_it_works" USING btree ("_path");
  CREATE INDEX "_stories_v_blocks_results_order_idx" ON "_stories_v_blocks_results" USING btree ("_order");
  CREATE INDEX "_stories_v_blocks_results_parent_id_idx" ON "_stories_v_blocks_results" USING btree ("_parent_id");
  CREATE INDEX "_stories_v_blocks_results_path_idx" ON "_stories_v_blocks_results" USING btree ("_path");
  CREATE INDEX "_stories_v_blocks_behind_the_news_order_idx" ON "_stories_v_blocks_behind_the_news" USING btree ("_order");
  CREATE INDEX "_stories_v_blocks_behind_the_news_parent_id_idx" ON "_stories_v_blocks_behind_the_news" USING btree ("_parent_id");
  CREATE INDEX "_stories_v_blocks_behind_the_news_path_idx" ON "_stories_v_blocks_behind_the_news" USING btree ("_path");
  CREATE INDEX "_stories_v_blocks_why_it_matters_order_idx" ON "_stories_v_blocks_why_it_matters" USING btree ("_order");
  CREATE INDEX "_stories_v_blocks_why_it_matters_parent_id_idx" ON "_stories_v_blocks_why_it_matters" USING btree ("_parent_id");
  CREATE INDEX "_stories_v_blocks_why_it_matters_path_idx" ON "_stories_v_blocks_why_it_matters" USING btree ("_path");
  CREATE INDEX "_stories_v_blocks_were_thinking_order_idx" ON "_stories_v_blocks_were_thinking" USING btree ("_order");
  CREATE INDEX "_stories_v_blocks_were_thinking_parent_id_idx" ON "_stories_v_blocks_were_thinking" USING btree ("_parent_id");
  CREATE INDEX "_stories_v_blocks_were_thinking_path_idx" ON "_stories_v_blocks_were_thinking" USING btree ("_path");
  CREATE INDEX "_stories_v_blocks_section_order_idx" ON "_stories_v_blocks_section" USING btree ("_order");
  CREATE INDEX "_stories_v_blocks_section_parent_id_idx" ON "_stories_v_blocks_section" USING btree ("_parent_id");
  CREATE INDEX "_stories_v_blocks_section_path_idx" ON "_stories_v_blocks_section" USING btree ("_path");
  CREATE INDEX "_stories_v_version_review_log_order_idx" ON "_stories_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_stories_v_version_review_log_parent_id_idx" ON "_stories_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_stories_v_version_review_log_by_idx" ON "_stories_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_stories_v_parent_idx" ON "_stories_v" USING btree ("parent_id");
  CREATE INDEX "_stories_v_version_version_slug_idx" ON "_stories_v" USING btree ("version_slug");
  CREATE INDEX "_stories_v_version_version_hero_figure_idx" ON "_stories_v" USING btree ("version_hero_figure_id");
  CREATE INDEX "_stories_v_version_version_stage_idx" ON "_stories_v" USING btree ("version_stage");
  CREATE INDEX "_stories_v_version_version_created_by_idx" ON "_stories_v" USING btree ("version_created_by_id");
  CREATE INDEX "_stories_v_version_version_last_edited_by_idx" ON "_stories_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_stories_v_version_version_submitted_by_idx" ON "_stories_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_stories_v_version_version_assigned_reviewer_idx" ON "_stories_v" USING btree ("version_assigned_reviewer_id");
  CREATE INDEX "_stories_v_version_version_updated_at_idx" ON "_stories_v" USING btree ("version_updated_at");
  CREATE INDEX "_stories_v_version_version_created_at_idx" ON "_stories_v" USING btree ("version_created_at");
  CREATE INDEX "_stories_v_version_version__status_idx" ON "_stories_v" USING btree ("version__status");
  CREATE INDEX "_stories_v_created_at_idx" ON "_stories_v" USING btree ("created_at");
  CREATE INDEX "_stories_v_updated_at_idx" ON "_stories_v" USING btree ("updated_at");
  CREATE INDEX "_stories_v_latest_idx" ON "_stories_v" USING btree ("latest");
  CREATE INDEX "version__status_version_createdAt_idx" ON "_stories_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "_stories_v_latest_version_updated_at_idx" ON "_stories_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_stories_v_latest_version_created_at_idx" ON "_stories_v" USING btree ("latest","version_created_at");
  CREATE INDEX "_stories_v_latest_version_stage_version_updated_at_idx" ON "_stories_v" USING btree ("latest","version_stage","version_updated_at");
  CREATE INDEX "_stories_v_version_headline_trgm_idx" ON "_stories_v" USING gin ("version_headline" gin_trgm_ops) WITH (fastupdate=off);
  CREATE INDEX "_stories_v_texts_order_parent" ON "_stories_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_stories_v_texts_parent_id_order_idx" ON "_stories_v_texts" USING btree ("parent_id","order");
  CREATE INDEX "_stories_v_rels_order_idx" ON "_stories_v_rels" USING btree ("order");
  CREATE INDEX "_stories_v_rels_parent_idx" ON "_stories_v_rels" USING btree ("parent_id");
  CREATE INDEX "_stories_v_rels_path_idx" ON "_stories_v_rels" USING btree ("path");
  CREATE INDEX "_stories_v_rels_figures_id_idx" ON "_stories_v_rels" USING btree ("figures_id");
  CREATE INDEX "figures_sources_order_idx" ON "figures_sources" USING btree ("_order");
  CREATE INDEX "figures_sources_parent_id_idx" ON "figures_sources" USING btree ("_parent_id");
  CREATE INDEX "figures_sources_filename_idx" ON "figures_sources" USING btree ("filename");
  CREATE INDEX "figures_shown_to_readers_idx" ON "figures" USING btree ("shown_to_readers");
  CREATE INDEX "figures_updated_at_idx" ON "figures" USING btree ("updated_at");
  CREATE INDEX "figures_created_at_idx" ON "figures" USING btree ("created_at");
  CREATE UNIQUE INDEX "figures_filename_idx" ON "figures" USING btree ("filename");
  CREATE INDEX "shownToReaders_createdAt_idx" ON "figures" USING btree ("shown_to_readers","created_at");
  CREATE INDEX "sponsors_review_log_order_idx" ON "sponsors_review_log" USING btree ("_order");
  CREATE INDEX "sponsors_review_log_parent_id_idx" ON "sponsors_review_log" USING btree ("_parent_id");
  CREATE INDEX "sponsors_review_log_by_idx" ON "sponsors_review_log" USING btree ("by_id");
  CREATE INDEX "sponsors_logo_idx" ON "sponsors" USING btree ("logo_id");
  CREATE INDEX "sponsors_stage_idx" ON "sponsors" USING btree ("stage");
  CREATE INDEX "sponsors_created_by_idx" ON "sponsors" USING btree ("created_by_id");
  CREATE INDEX "sponsors_last_edited_by_idx" ON "sponsors" USING btree ("last_edited_by_id");
  CREATE INDEX "sponsors_submitted_by_idx" ON "sponsors" USING btree ("submitted_by_id");
  CREATE INDEX "sponsors_assigned_reviewer_idx" ON "sponsors" USING btree ("assigned_reviewer_id");
  CREATE INDEX "sponsors_updated_at_idx" ON "sponsors" USING btree ("updated_at");
  CREATE INDEX "sponsors_created_at_idx" ON "sponsors" USING btree ("created_at");
  CREATE INDEX "sponsors__status_idx" ON "sponsors" USING btree ("_status");
  CREATE INDEX "_status_createdAt_1_idx" ON "sponsors" USING btree ("_status","created_at");
  CREATE INDEX "sponsors_rels_order_idx" ON "sponsors_rels" USING btree ("order");
  CREATE INDEX "sponsors_rels_parent_idx" ON "sponsors_rels" USING btree ("parent_id");
  CREATE INDEX "sponsors_rels_path_idx" ON "sponsors_rels" USING btree ("path");
  CREATE INDEX "sponsors_rels_figures_id_idx" ON "sponsors_rels" USING btree ("figures_id");
  CREATE INDEX "_sponsors_v_version_review_log_order_idx" ON "_sponsors_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_sponsors_v_version_review_log_parent_id_idx" ON "_sponsors_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_sponsors_v_version_review_log_by_idx" ON "_sponsors_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_sponsors_v_parent_idx" ON "_sponsors_v" USING btree ("parent_id");
  CREATE INDEX "_sponsors_v_version_version_logo_idx" ON "_sponsors_v" USING btree ("version_logo_id");
  CREATE INDEX "_sponsors_v_version_version_stage_idx" ON "_sponsors_v" USING btree ("version_stage");
  CREATE INDEX "_sponsors_v_version_version_created_by_idx" ON "_sponsors_v" USING btree ("version_created_by_id");
  CREATE INDEX "_sponsors_v_version_version_last_edited_by_idx" ON "_sponsors_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_sponsors_v_version_version_submitted_by_idx" ON "_sponsors_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_sponsors_v_version_version_assigned_reviewer_idx" ON "_sponsors_v" USING btree ("version_assigned_reviewer_id");
  CREATE INDEX "_sponsors_v_version_version_updated_at_idx" ON "_sponsors_v" USING btree ("version_updated_at");
  CREATE INDEX "_sponsors_v_version_version_created_at_idx" ON "_sponsors_v" USING btree ("version_created_at");
  CREATE INDEX "_sponsors_v_version_version__status_idx" ON "_sponsors_v" USING btree ("version__status");
  CREATE INDEX "_sponsors_v_created_at_idx" ON "_sponsors_v" USING btree ("created_at");
  CREATE INDEX "_sponsors_v_updated_at_idx" ON "_sponsors_v" USING btree ("updated_at");
  CREATE INDEX "_sponsors_v_latest_idx" ON "_sponsors_v" USING btree ("latest");
  CREATE INDEX "version__status_version_createdAt_1_idx" ON "_sponsors_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "_sponsors_v_latest_version_updated_at_idx" ON "_sponsors_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_sponsors_v_latest_version_created_at_idx" ON "_sponsors_v" USING btree ("latest","version_created_at");
  CREATE INDEX "_sponsors_v_latest_version_stage_version_updated_at_idx" ON "_sponsors_v" USING btree ("latest","version_stage","version_updated_at");
  CREATE INDEX "_sponsors_v_rels_order_idx" ON "_sponsors_v_rels" USING btree ("order");
  CREATE INDEX "_sponsors_v_rels_parent_idx" ON "_sponsors_v_rels" USING btree ("parent_id");
  CREATE INDEX "_sponsors_v_rels_path_idx" ON "_sponsors_v_rels" USING btree ("path");
  CREATE INDEX "_sponsors_v_rels_figures_id_idx" ON "_sponsors_v_rels" USING btree ("figures_id");
  CREATE UNIQUE INDEX "issue_editions_issue_idx" ON "issue_editions" USING btree ("issue");
  CREATE INDEX "issue_editions_number_idx" ON "issue_editions" USING btree ("number");
  CREATE INDEX "issue_editions_slug_idx" ON "issue_editions" USING btree ("slug");
  CREATE INDEX "issue_editions_updated_at_idx" ON "issue_editions" USING btree ("updated_at");
  CREATE INDEX "issue_editions_created_at_idx" ON "issue_editions" USING btree ("created_at");
  CREATE INDEX "issue_editions_texts_order_parent" ON "issue_editions_texts" USING btree ("order","parent_id");
  CREATE INDEX "issue_editions_texts_text_idx" ON "issue_editions_texts" USING btree ("text");
  CREATE INDEX "issue_editions_texts_parent_id_order_idx" ON "issue_editions_texts" USING btree ("parent_id","order");
  CREATE INDEX "preview_links_issue_idx" ON "preview_links" USING btree ("issue_id");
  CREATE INDEX "preview_links_created_by_idx" ON "preview_links" USING btree ("created_by_id");
  CREATE INDEX "preview_links_updated_at_idx" ON "preview_links" USING btree ("updated_at");
  CREATE INDEX "preview_links_created_at_idx" ON "preview_links" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_figures_id_idx" ON "payload_locked_documents_rels" USING btree ("figures_id");
  CREATE INDEX "payload_locked_documents_rels_issue_editions_id_idx" ON "payload_locked_documents_rels" USING btree ("issue_editions_id");
  CREATE INDEX "payload_locked_documents_rels_preview_links_id_idx" ON "payload_locked_documents_rels" USING btree ("preview_links_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "newsletter_logo_idx" ON "newsletter" USING btree ("logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "issues_blocks_story" CASCADE;
  DROP TABLE "issues_blocks_sponsor" CASCADE;
  DROP TABLE "issues_review_log" CASCADE;
  DROP TABLE "issues" CASCADE;
  DROP TABLE "issues_rels" CASCADE;
  DROP TABLE "_issues_v_blocks_story" CASCADE;
  DROP TABLE "_issues_v_blocks_sponsor" CASCADE;
  DROP TABLE "_issues_v_version_review_log" CASCADE;
  DROP TABLE "_issues_v" CASCADE;
  DROP TABLE "_issues_v_rels" CASCADE;
  DROP TABLE "stories_blocks_whats_new" CASCADE;
  DROP TABLE "stories_blocks_key_insight" CASCADE;
  DROP TABLE "stories_blocks_how_it_works" CASCADE;
  DROP TABLE "stories_blocks_results" CASCADE;
  DROP TABLE "stories_blocks_behind_the_news" CASCADE;
  DROP TABLE "stories_blocks_why_it_matters" CASCADE;
  DROP TABLE "stories_blocks_were_thinking" CASCADE;
  DROP TABLE "stories_blocks_section" CASCADE;
  DROP TABLE "stories_review_log" CASCADE;
  DROP TABLE "stories" CASCADE;
  DROP TABLE "stories_texts" CASCADE;
  DROP TABLE "stories_rels" CASCADE;
  DROP TABLE "_stories_v_blocks_whats_new" CASCADE;
  DROP TABLE "_stories_v_blocks_key_insight" CASCADE;
  DROP TABLE "_stories_v_blocks_how_it_works" CASCADE;
  DROP TABLE "_stories_v_blocks_results" CASCADE;
  DROP TABLE "_stories_v_blocks_behind_the_news" CASCADE;
  DROP TABLE "_stories_v_blocks_why_it_matters" CASCADE;
  DROP TABLE "_stories_v_blocks_were_thinking" CASCADE;
  DROP TABLE "_stories_v_blocks_section" CASCADE;
  DROP TABLE "_stories_v_version_review_log" CASCADE;
  DROP TABLE "_stories_v" CASCADE;
  DROP TABLE "_stories_v_texts" CASCADE;
  DROP TABLE "_stories_v_rels" CASCADE;
  DROP TABLE "figures_sources" CASCADE;
  DROP TABLE "figures" CASCADE;
  DROP TABLE "sponsors_review_log" CASCADE;
  DROP TABLE "sponsors" CASCADE;
  DROP TABLE "sponsors_rels" CASCADE;
  DROP TABLE "_sponsors_v_version_review_log" CASCADE;
  DROP TABLE "_sponsors_v" CASCADE;
  DROP TABLE "_sponsors_v_rels" CASCADE;
  DROP TABLE "issue_editions" CASCADE;
  DROP TABLE "issue_editions_texts" CASCADE;
  DROP TABLE "preview_links" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "newsletter" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_issues_review_log_action";
  DROP TYPE "public"."enum_issues_review_log_from";
  DROP TYPE "public"."enum_issues_review_log_to";
  DROP TYPE "public"."enum_issues_stage";
  DROP TYPE "public"."enum_issues_status";
  DROP TYPE "public"."enum__issues_v_version_review_log_action";
  DROP TYPE "public"."enum__issues_v_version_review_log_from";
  DROP TYPE "public"."enum__issues_v_version_review_log_to";
  DROP TYPE "public"."enum__issues_v_version_stage";
  DROP TYPE "public"."enum__issues_v_version_status";
  DROP TYPE "public"."enum_stories_review_log_action";
  DROP TYPE "public"."enum_stories_review_log_from";
  DROP TYPE "public"."enum_stories_review_log_to";
  DROP TYPE "public"."enum_stories_stage";
  DROP TYPE "public"."enum_stories_status";
  DROP TYPE "public"."enum__stories_v_version_review_log_action";
  DROP TYPE "public"."enum__stories_v_version_review_log_from";
  DROP TYPE "public"."enum__stories_v_version_review_log_to";
  DROP TYPE "public"."enum__stories_v_version_stage";
  DROP TYPE "public"."enum__stories_v_version_status";
  DROP TYPE "public"."enum_figures_sources_format";
  DROP TYPE "public"."enum_sponsors_review_log_action";
  DROP TYPE "public"."enum_sponsors_review_log_from";
  DROP TYPE "public"."enum_sponsors_review_log_to";
  DROP TYPE "public"."enum_sponsors_stage";
  DROP TYPE "public"."enum_sponsors_status";
  DROP TYPE "public"."enum__sponsors_v_version_review_log_action";
  DROP TYPE "public"."enum__sponsors_v_version_review_log_from";
  DROP TYPE "public"."enum__sponsors_v_version_review_log_to";
  DROP TYPE "public"."enum__sponsors_v_version_stage";
  DROP TYPE "public"."enum__sponsors_v_version_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
