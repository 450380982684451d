import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LayoutRowLabel as LayoutRowLabel_7349f7f13b7401600a14fe5176a3e3c7 } from 'newsdesk/client'
import { ReadinessCell as ReadinessCell_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { IssueChecklist as IssueChecklist_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { StageCell as StageCell_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { StageShownInHeader as StageShownInHeader_7349f7f13b7401600a14fe5176a3e3c7 } from 'newsdesk/client'
import { WorkflowPanel as WorkflowPanel_7349f7f13b7401600a14fe5176a3e3c7 } from 'newsdesk/client'
import { ChangesSinceReview as ChangesSinceReview_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { PublishedThroughWorkflow as PublishedThroughWorkflow_7349f7f13b7401600a14fe5176a3e3c7 } from 'newsdesk/client'
import { DocumentStage as DocumentStage_7349f7f13b7401600a14fe5176a3e3c7 } from 'newsdesk/client'
import { VersionHistory as VersionHistory_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { StoryChecklist as StoryChecklist_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { PreviewLinkURLCell as PreviewLinkURLCell_7349f7f13b7401600a14fe5176a3e3c7 } from 'newsdesk/client'
import { PreviewLinkURLField as PreviewLinkURLField_7349f7f13b7401600a14fe5176a3e3c7 } from 'newsdesk/client'
import { BrandLogo as BrandLogo_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { DeskNavCounts as DeskNavCounts_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { AwaitingReviewWidget as AwaitingReviewWidget_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { ChangesRequestedWidget as ChangesRequestedWidget_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { MyDraftsWidget as MyDraftsWidget_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { NextIssueWidget as NextIssueWidget_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { ScheduledWidget as ScheduledWidget_e96c5e5e691bfe409a7beb2164212a49 } from 'newsdesk/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "newsdesk/client#LayoutRowLabel": LayoutRowLabel_7349f7f13b7401600a14fe5176a3e3c7,
  "newsdesk/rsc#ReadinessCell": ReadinessCell_e96c5e5e691bfe409a7beb2164212a49,
  "newsdesk/rsc#IssueChecklist": IssueChecklist_e96c5e5e691bfe409a7beb2164212a49,
  "newsdesk/rsc#StageCell": StageCell_e96c5e5e691bfe409a7beb2164212a49,
  "newsdesk/client#StageShownInHeader": StageShownInHeader_7349f7f13b7401600a14fe5176a3e3c7,
  "newsdesk/client#WorkflowPanel": WorkflowPanel_7349f7f13b7401600a14fe5176a3e3c7,
  "newsdesk/rsc#ChangesSinceReview": ChangesSinceReview_e96c5e5e691bfe409a7beb2164212a49,
  "newsdesk/client#PublishedThroughWorkflow": PublishedThroughWorkflow_7349f7f13b7401600a14fe5176a3e3c7,
  "newsdesk/client#DocumentStage": DocumentStage_7349f7f13b7401600a14fe5176a3e3c7,
  "newsdesk/rsc#VersionHistory": VersionHistory_e96c5e5e691bfe409a7beb2164212a49,
  "newsdesk/rsc#StoryChecklist": StoryChecklist_e96c5e5e691bfe409a7beb2164212a49,
  "newsdesk/client#PreviewLinkURLCell": PreviewLinkURLCell_7349f7f13b7401600a14fe5176a3e3c7,
  "newsdesk/client#PreviewLinkURLField": PreviewLinkURLField_7349f7f13b7401600a14fe5176a3e3c7,
  "newsdesk/rsc#BrandLogo": BrandLogo_e96c5e5e691bfe409a7beb2164212a49,
  "newsdesk/rsc#DeskNavCounts": DeskNavCounts_e96c5e5e691bfe409a7beb2164212a49,
  "newsdesk/rsc#AwaitingReviewWidget": AwaitingReviewWidget_e96c5e5e691bfe409a7beb2164212a49,
  "newsdesk/rsc#ChangesRequestedWidget": ChangesRequestedWidget_e96c5e5e691bfe409a7beb2164212a49,
  "newsdesk/rsc#MyDraftsWidget": MyDraftsWidget_e96c5e5e691bfe409a7beb2164212a49,
  "newsdesk/rsc#NextIssueWidget": NextIssueWidget_e96c5e5e691bfe409a7beb2164212a49,
  "newsdesk/rsc#ScheduledWidget": ScheduledWidget_e96c5e5e691bfe409a7beb2164212a49,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
