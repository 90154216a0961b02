-- fixed by scripts/fix-citus-migration.mjs
CREATE TABLE "account_username" (
	"username" text PRIMARY KEY NOT NULL,
	"council_id" uuid NOT NULL,
	"account_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account" DROP CONSTRAINT "account_username_uq";--> statement-breakpoint
ALTER TABLE "member" DROP CONSTRAINT "member_term_phone_uq";--> statement-breakpoint
ALTER TABLE "sector_pairing" DROP CONSTRAINT "sector_pairing_uq";--> statement-breakpoint
ALTER TABLE "term_session" DROP CONSTRAINT "term_session_term_number_uq";--> statement-breakpoint
ALTER TABLE "consultation_attendance" DROP CONSTRAINT "consultation_attendance_uq";--> statement-breakpoint
ALTER TABLE "consultation_check_in_code" DROP CONSTRAINT "consultation_check_in_code_token_uq";--> statement-breakpoint
ALTER TABLE "consultation_invitation" DROP CONSTRAINT "consultation_invitation_uq";--> statement-breakpoint
ALTER TABLE "resident_topic" DROP CONSTRAINT "resident_topic_dedupe_uq";--> statement-breakpoint
ALTER TABLE "proposal_assignment" DROP CONSTRAINT "proposal_assignment_uq";--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" DROP CONSTRAINT "proposal_co_opinion_uq";--> statement-breakpoint
ALTER TABLE "proposal_cosigner" DROP CONSTRAINT "proposal_cosigner_uq";--> statement-breakpoint
ALTER TABLE "proposal_evaluation" DROP CONSTRAINT "proposal_evaluation_uq";--> statement-breakpoint
ALTER TABLE "proposal_reply" DROP CONSTRAINT "proposal_reply_uq";--> statement-breakpoint
ALTER TABLE "account" DROP CONSTRAINT "account_township_id_township_id_fk";
--> statement-breakpoint
ALTER TABLE "account" DROP CONSTRAINT "account_handling_unit_id_handling_unit_id_fk";
--> statement-breakpoint
ALTER TABLE "account" DROP CONSTRAINT "account_member_id_member_id_fk";
--> statement-breakpoint
ALTER TABLE "session" DROP CONSTRAINT "session_account_id_account_id_fk";
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_account_id_account_id_fk";
--> statement-breakpoint
ALTER TABLE "member" DROP CONSTRAINT "member_term_id_term_id_fk";
--> statement-breakpoint
ALTER TABLE "member" DROP CONSTRAINT "member_sector_id_sector_id_fk";
--> statement-breakpoint
ALTER TABLE "member" DROP CONSTRAINT "member_township_group_id_township_group_id_fk";
--> statement-breakpoint
ALTER TABLE "membership" DROP CONSTRAINT "membership_member_id_member_id_fk";
--> statement-breakpoint
ALTER TABLE "sector_pairing" DROP CONSTRAINT "sector_pairing_sector_id_sector_id_fk";
--> statement-breakpoint
ALTER TABLE "sector_pairing" DROP CONSTRAINT "sector_pairing_township_group_id_township_group_id_fk";
--> statement-breakpoint
ALTER TABLE "term_session" DROP CONSTRAINT "term_session_term_id_term_id_fk";
--> statement-breakpoint
ALTER TABLE "township_group" DROP CONSTRAINT "township_group_township_id_township_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation" DROP CONSTRAINT "consultation_township_id_township_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation" DROP CONSTRAINT "consultation_lead_committee_id_committee_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation" DROP CONSTRAINT "consultation_plan_item_id_consultation_plan_item_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation" DROP CONSTRAINT "consultation_venue_id_venue_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation" DROP CONSTRAINT "consultation_created_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_attendance" DROP CONSTRAINT "consultation_attendance_consultation_id_consultation_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_attendance" DROP CONSTRAINT "consultation_attendance_member_id_member_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_attendance" DROP CONSTRAINT "consultation_attendance_marked_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_check_in_code" DROP CONSTRAINT "consultation_check_in_code_consultation_id_consultation_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_check_in_code" DROP CONSTRAINT "consultation_check_in_code_issued_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_check_in_pin" DROP CONSTRAINT "consultation_check_in_pin_consultation_id_consultation_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_check_in_pin" DROP CONSTRAINT "consultation_check_in_pin_issued_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_invitation" DROP CONSTRAINT "consultation_invitation_consultation_id_consultation_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_invitation" DROP CONSTRAINT "consultation_invitation_member_id_member_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_invitation" DROP CONSTRAINT "consultation_invitation_invited_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_participant" DROP CONSTRAINT "consultation_participant_consultation_id_consultation_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_participant" DROP CONSTRAINT "consultation_participant_recorded_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_plan" DROP CONSTRAINT "consultation_plan_approved_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_plan_item" DROP CONSTRAINT "consultation_plan_item_plan_id_consultation_plan_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_plan_item" DROP CONSTRAINT "consultation_plan_item_lead_committee_id_committee_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_speech" DROP CONSTRAINT "consultation_speech_consultation_id_consultation_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_speech" DROP CONSTRAINT "consultation_speech_member_id_member_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_speech" DROP CONSTRAINT "consultation_speech_recorded_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_suggestion" DROP CONSTRAINT "consultation_suggestion_consultation_id_consultation_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_suggestion" DROP CONSTRAINT "consultation_suggestion_township_id_township_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_suggestion" DROP CONSTRAINT "consultation_suggestion_author_member_id_member_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_suggestion" DROP CONSTRAINT "consultation_suggestion_author_unit_id_handling_unit_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_suggestion" DROP CONSTRAINT "consultation_suggestion_handling_unit_id_handling_unit_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_suggestion" DROP CONSTRAINT "consultation_suggestion_answered_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_suggestion" DROP CONSTRAINT "consultation_suggestion_closed_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "consultation_suggestion" DROP CONSTRAINT "consultation_suggestion_created_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "resident_topic" DROP CONSTRAINT "resident_topic_township_id_township_id_fk";
--> statement-breakpoint
ALTER TABLE "resident_topic" DROP CONSTRAINT "resident_topic_consultation_id_consultation_id_fk";
--> statement-breakpoint
ALTER TABLE "resident_topic" DROP CONSTRAINT "resident_topic_moderated_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "venue" DROP CONSTRAINT "venue_township_id_township_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal" DROP CONSTRAINT "proposal_session_id_term_session_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal" DROP CONSTRAINT "proposal_lead_member_id_member_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal" DROP CONSTRAINT "proposal_created_by_account_id_account_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_assignment" DROP CONSTRAINT "proposal_assignment_proposal_id_proposal_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_assignment" DROP CONSTRAINT "proposal_assignment_handling_unit_id_handling_unit_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_assignment" DROP CONSTRAINT "proposal_assignment_account_id_account_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" DROP CONSTRAINT "proposal_co_opinion_proposal_id_proposal_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" DROP CONSTRAINT "proposal_co_opinion_handling_unit_id_handling_unit_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" DROP CONSTRAINT "proposal_co_opinion_account_id_account_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_cosigner" DROP CONSTRAINT "proposal_cosigner_proposal_id_proposal_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_cosigner" DROP CONSTRAINT "proposal_cosigner_member_id_member_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_evaluation" DROP CONSTRAINT "proposal_evaluation_proposal_id_proposal_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_evaluation" DROP CONSTRAINT "proposal_evaluation_account_id_account_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_event" DROP CONSTRAINT "proposal_event_proposal_id_proposal_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_event" DROP CONSTRAINT "proposal_event_account_id_account_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_key" DROP CONSTRAINT "proposal_key_proposal_id_proposal_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_key" DROP CONSTRAINT "proposal_key_account_id_account_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_merge_group" DROP CONSTRAINT "proposal_merge_group_session_id_term_session_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_merge_group" DROP CONSTRAINT "proposal_merge_group_primary_proposal_id_proposal_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_merge_group" DROP CONSTRAINT "proposal_merge_group_account_id_account_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_reply" DROP CONSTRAINT "proposal_reply_proposal_id_proposal_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_reply" DROP CONSTRAINT "proposal_reply_handling_unit_id_handling_unit_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_reply" DROP CONSTRAINT "proposal_reply_account_id_account_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_review" DROP CONSTRAINT "proposal_review_proposal_id_proposal_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_review" DROP CONSTRAINT "proposal_review_account_id_account_id_fk";
--> statement-breakpoint
ALTER TABLE "proposal_serial" DROP CONSTRAINT "proposal_serial_session_id_term_session_id_fk";
--> statement-breakpoint
ALTER TABLE "deadline_extension" DROP CONSTRAINT "deadline_extension_handling_unit_id_handling_unit_id_fk";
--> statement-breakpoint
ALTER TABLE "deadline_extension" DROP CONSTRAINT "deadline_extension_requested_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "deadline_extension" DROP CONSTRAINT "deadline_extension_decided_by_account_id_fk";
--> statement-breakpoint
ALTER TABLE "timeline_entry" DROP CONSTRAINT "timeline_entry_actor_account_id_account_id_fk";
--> statement-breakpoint
DROP INDEX "proposal_event_request_uq";--> statement-breakpoint
DROP INDEX "deadline_extension_pending_uq";--> statement-breakpoint
ALTER TABLE "township" DROP CONSTRAINT "township_pkey";--> statement-breakpoint
ALTER TABLE "account" DROP CONSTRAINT "account_pkey";--> statement-breakpoint
ALTER TABLE "session" DROP CONSTRAINT "session_pkey";--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_pkey";--> statement-breakpoint
ALTER TABLE "committee" DROP CONSTRAINT "committee_pkey";--> statement-breakpoint
ALTER TABLE "handling_unit" DROP CONSTRAINT "handling_unit_pkey";--> statement-breakpoint
ALTER TABLE "member" DROP CONSTRAINT "member_pkey";--> statement-breakpoint
ALTER TABLE "membership" DROP CONSTRAINT "membership_pkey";--> statement-breakpoint
ALTER TABLE "participating_unit" DROP CONSTRAINT "participating_unit_pkey";--> statement-breakpoint
ALTER TABLE "sector" DROP CONSTRAINT "sector_pkey";--> statement-breakpoint
ALTER TABLE "term" DROP CONSTRAINT "term_pkey";--> statement-breakpoint
ALTER TABLE "term_session" DROP CONSTRAINT "term_session_pkey";--> statement-breakpoint
ALTER TABLE "township_group" DROP CONSTRAINT "township_group_pkey";--> statement-breakpoint
ALTER TABLE "consultation" DROP CONSTRAINT "consultation_pkey";--> statement-breakpoint
ALTER TABLE "consultation_attendance" DROP CONSTRAINT "consultation_attendance_pkey";--> statement-breakpoint
ALTER TABLE "consultation_check_in_code" DROP CONSTRAINT "consultation_check_in_code_pkey";--> statement-breakpoint
ALTER TABLE "consultation_check_in_pin" DROP CONSTRAINT "consultation_check_in_pin_pkey";--> statement-breakpoint
ALTER TABLE "consultation_invitation" DROP CONSTRAINT "consultation_invitation_pkey";--> statement-breakpoint
ALTER TABLE "consultation_participant" DROP CONSTRAINT "consultation_participant_pkey";--> statement-breakpoint
ALTER TABLE "consultation_plan" DROP CONSTRAINT "consultation_plan_pkey";--> statement-breakpoint
ALTER TABLE "consultation_plan_item" DROP CONSTRAINT "consultation_plan_item_pkey";--> statement-breakpoint
ALTER TABLE "consultation_speech" DROP CONSTRAINT "consultation_speech_pkey";--> statement-breakpoint
ALTER TABLE "consultation_suggestion" DROP CONSTRAINT "consultation_suggestion_pkey";--> statement-breakpoint
ALTER TABLE "public_rate_limit" DROP CONSTRAINT "public_rate_limit_pkey";--> statement-breakpoint
ALTER TABLE "resident_topic" DROP CONSTRAINT "resident_topic_pkey";--> statement-breakpoint
ALTER TABLE "venue" DROP CONSTRAINT "venue_pkey";--> statement-breakpoint
ALTER TABLE "proposal" DROP CONSTRAINT "proposal_pkey";--> statement-breakpoint
ALTER TABLE "proposal_assignment" DROP CONSTRAINT "proposal_assignment_pkey";--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" DROP CONSTRAINT "proposal_co_opinion_pkey";--> statement-breakpoint
ALTER TABLE "proposal_cosigner" DROP CONSTRAINT "proposal_cosigner_pkey";--> statement-breakpoint
ALTER TABLE "proposal_evaluation" DROP CONSTRAINT "proposal_evaluation_pkey";--> statement-breakpoint
ALTER TABLE "proposal_event" DROP CONSTRAINT "proposal_event_pkey";--> statement-breakpoint
ALTER TABLE "proposal_key" DROP CONSTRAINT "proposal_key_pkey";--> statement-breakpoint
ALTER TABLE "proposal_merge_group" DROP CONSTRAINT "proposal_merge_group_pkey";--> statement-breakpoint
ALTER TABLE "proposal_reply" DROP CONSTRAINT "proposal_reply_pkey";--> statement-breakpoint
ALTER TABLE "proposal_review" DROP CONSTRAINT "proposal_review_pkey";--> statement-breakpoint
ALTER TABLE "deadline_extension" DROP CONSTRAINT "deadline_extension_pkey";--> statement-breakpoint
ALTER TABLE "township" ADD CONSTRAINT "township_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_pk" PRIMARY KEY("token_hash","council_id");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "committee" ADD CONSTRAINT "committee_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "handling_unit" ADD CONSTRAINT "handling_unit_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "member" ADD CONSTRAINT "member_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "participating_unit" ADD CONSTRAINT "participating_unit_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "sector" ADD CONSTRAINT "sector_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "sector_pairing" ADD CONSTRAINT "sector_pairing_pk" PRIMARY KEY("sector_id","township_group_id","council_id");--> statement-breakpoint
ALTER TABLE "term" ADD CONSTRAINT "term_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "term_session" ADD CONSTRAINT "term_session_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "township_group" ADD CONSTRAINT "township_group_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "consultation_attendance" ADD CONSTRAINT "consultation_attendance_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "consultation_check_in_code" ADD CONSTRAINT "consultation_check_in_code_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "consultation_check_in_pin" ADD CONSTRAINT "consultation_check_in_pin_pk" PRIMARY KEY("consultation_id","council_id");--> statement-breakpoint
ALTER TABLE "consultation_invitation" ADD CONSTRAINT "consultation_invitation_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "consultation_participant" ADD CONSTRAINT "consultation_participant_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "consultation_plan" ADD CONSTRAINT "consultation_plan_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "consultation_plan_item" ADD CONSTRAINT "consultation_plan_item_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "consultation_speech" ADD CONSTRAINT "consultation_speech_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "public_rate_limit" ADD CONSTRAINT "public_rate_limit_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "resident_topic" ADD CONSTRAINT "resident_topic_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "venue" ADD CONSTRAINT "venue_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "proposal_assignment" ADD CONSTRAINT "proposal_assignment_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" ADD CONSTRAINT "proposal_co_opinion_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "proposal_cosigner" ADD CONSTRAINT "proposal_cosigner_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "proposal_evaluation" ADD CONSTRAINT "proposal_evaluation_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "proposal_event" ADD CONSTRAINT "proposal_event_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "proposal_key" ADD CONSTRAINT "proposal_key_pk" PRIMARY KEY("proposal_id","council_id");--> statement-breakpoint
ALTER TABLE "proposal_merge_group" ADD CONSTRAINT "proposal_merge_group_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "proposal_reply" ADD CONSTRAINT "proposal_reply_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "proposal_review" ADD CONSTRAINT "proposal_review_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "deadline_extension" ADD CONSTRAINT "deadline_extension_pk" PRIMARY KEY("id","council_id");--> statement-breakpoint
ALTER TABLE "account_username" ADD CONSTRAINT "account_username_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_township_id_fk" FOREIGN KEY ("council_id","township_id") REFERENCES "public"."township"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_handling_unit_id_fk" FOREIGN KEY ("council_id","handling_unit_id") REFERENCES "public"."handling_unit"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_member_id_fk" FOREIGN KEY ("council_id","member_id") REFERENCES "public"."member"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member" ADD CONSTRAINT "member_term_id_fk" FOREIGN KEY ("council_id","term_id") REFERENCES "public"."term"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member" ADD CONSTRAINT "member_sector_id_fk" FOREIGN KEY ("council_id","sector_id") REFERENCES "public"."sector"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member" ADD CONSTRAINT "member_township_group_id_fk" FOREIGN KEY ("council_id","township_group_id") REFERENCES "public"."township_group"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_member_id_fk" FOREIGN KEY ("council_id","member_id") REFERENCES "public"."member"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_pairing" ADD CONSTRAINT "sector_pairing_sector_id_fk" FOREIGN KEY ("council_id","sector_id") REFERENCES "public"."sector"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_pairing" ADD CONSTRAINT "sector_pairing_township_group_id_fk" FOREIGN KEY ("council_id","township_group_id") REFERENCES "public"."township_group"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_session" ADD CONSTRAINT "term_session_term_id_fk" FOREIGN KEY ("council_id","term_id") REFERENCES "public"."term"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "township_group" ADD CONSTRAINT "township_group_township_id_fk" FOREIGN KEY ("council_id","township_id") REFERENCES "public"."township"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_township_id_fk" FOREIGN KEY ("council_id","township_id") REFERENCES "public"."township"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_lead_committee_id_fk" FOREIGN KEY ("council_id","lead_committee_id") REFERENCES "public"."committee"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_plan_item_id_fk" FOREIGN KEY ("council_id","plan_item_id") REFERENCES "public"."consultation_plan_item"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_venue_id_fk" FOREIGN KEY ("council_id","venue_id") REFERENCES "public"."venue"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_created_by_fk" FOREIGN KEY ("council_id","created_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_attendance" ADD CONSTRAINT "consultation_attendance_consultation_id_fk" FOREIGN KEY ("council_id","consultation_id") REFERENCES "public"."consultation"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_attendance" ADD CONSTRAINT "consultation_attendance_member_id_fk" FOREIGN KEY ("council_id","member_id") REFERENCES "public"."member"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_attendance" ADD CONSTRAINT "consultation_attendance_marked_by_fk" FOREIGN KEY ("council_id","marked_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_check_in_code" ADD CONSTRAINT "consultation_check_in_code_consultation_id_fk" FOREIGN KEY ("council_id","consultation_id") REFERENCES "public"."consultation"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_check_in_code" ADD CONSTRAINT "consultation_check_in_code_issued_by_fk" FOREIGN KEY ("council_id","issued_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_check_in_pin" ADD CONSTRAINT "consultation_check_in_pin_consultation_id_fk" FOREIGN KEY ("council_id","consultation_id") REFERENCES "public"."consultation"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_check_in_pin" ADD CONSTRAINT "consultation_check_in_pin_issued_by_fk" FOREIGN KEY ("council_id","issued_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_invitation" ADD CONSTRAINT "consultation_invitation_consultation_id_fk" FOREIGN KEY ("council_id","consultation_id") REFERENCES "public"."consultation"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_invitation" ADD CONSTRAINT "consultation_invitation_member_id_fk" FOREIGN KEY ("council_id","member_id") REFERENCES "public"."member"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_invitation" ADD CONSTRAINT "consultation_invitation_invited_by_fk" FOREIGN KEY ("council_id","invited_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_participant" ADD CONSTRAINT "consultation_participant_consultation_id_fk" FOREIGN KEY ("council_id","consultation_id") REFERENCES "public"."consultation"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_participant" ADD CONSTRAINT "consultation_participant_recorded_by_fk" FOREIGN KEY ("council_id","recorded_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan" ADD CONSTRAINT "consultation_plan_approved_by_fk" FOREIGN KEY ("council_id","approved_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan_item" ADD CONSTRAINT "consultation_plan_item_plan_id_fk" FOREIGN KEY ("council_id","plan_id") REFERENCES "public"."consultation_plan"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan_item" ADD CONSTRAINT "consultation_plan_item_lead_committee_id_fk" FOREIGN KEY ("council_id","lead_committee_id") REFERENCES "public"."committee"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_speech" ADD CONSTRAINT "consultation_speech_consultation_id_fk" FOREIGN KEY ("council_id","consultation_id") REFERENCES "public"."consultation"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_speech" ADD CONSTRAINT "consultation_speech_member_id_fk" FOREIGN KEY ("council_id","member_id") REFERENCES "public"."member"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_speech" ADD CONSTRAINT "consultation_speech_recorded_by_fk" FOREIGN KEY ("council_id","recorded_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_consultation_id_fk" FOREIGN KEY ("council_id","consultation_id") REFERENCES "public"."consultation"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_township_id_fk" FOREIGN KEY ("council_id","township_id") REFERENCES "public"."township"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_author_member_id_fk" FOREIGN KEY ("council_id","author_member_id") REFERENCES "public"."member"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_author_unit_id_fk" FOREIGN KEY ("council_id","author_unit_id") REFERENCES "public"."handling_unit"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_handling_unit_id_fk" FOREIGN KEY ("council_id","handling_unit_id") REFERENCES "public"."handling_unit"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_answered_by_fk" FOREIGN KEY ("council_id","answered_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_closed_by_fk" FOREIGN KEY ("council_id","closed_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_created_by_fk" FOREIGN KEY ("council_id","created_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_topic" ADD CONSTRAINT "resident_topic_township_id_fk" FOREIGN KEY ("council_id","township_id") REFERENCES "public"."township"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_topic" ADD CONSTRAINT "resident_topic_consultation_id_fk" FOREIGN KEY ("council_id","consultation_id") REFERENCES "public"."consultation"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_topic" ADD CONSTRAINT "resident_topic_moderated_by_fk" FOREIGN KEY ("council_id","moderated_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue" ADD CONSTRAINT "venue_township_id_fk" FOREIGN KEY ("council_id","township_id") REFERENCES "public"."township"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_session_id_fk" FOREIGN KEY ("council_id","session_id") REFERENCES "public"."term_session"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_lead_member_id_fk" FOREIGN KEY ("council_id","lead_member_id") REFERENCES "public"."member"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_created_by_account_id_fk" FOREIGN KEY ("council_id","created_by_account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_assignment" ADD CONSTRAINT "proposal_assignment_proposal_id_fk" FOREIGN KEY ("council_id","proposal_id") REFERENCES "public"."proposal"("council_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_assignment" ADD CONSTRAINT "proposal_assignment_handling_unit_id_fk" FOREIGN KEY ("council_id","handling_unit_id") REFERENCES "public"."handling_unit"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_assignment" ADD CONSTRAINT "proposal_assignment_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" ADD CONSTRAINT "proposal_co_opinion_proposal_id_fk" FOREIGN KEY ("council_id","proposal_id") REFERENCES "public"."proposal"("council_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" ADD CONSTRAINT "proposal_co_opinion_handling_unit_id_fk" FOREIGN KEY ("council_id","handling_unit_id") REFERENCES "public"."handling_unit"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" ADD CONSTRAINT "proposal_co_opinion_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_cosigner" ADD CONSTRAINT "proposal_cosigner_proposal_id_fk" FOREIGN KEY ("council_id","proposal_id") REFERENCES "public"."proposal"("council_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_cosigner" ADD CONSTRAINT "proposal_cosigner_member_id_fk" FOREIGN KEY ("council_id","member_id") REFERENCES "public"."member"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_evaluation" ADD CONSTRAINT "proposal_evaluation_proposal_id_fk" FOREIGN KEY ("council_id","proposal_id") REFERENCES "public"."proposal"("council_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_evaluation" ADD CONSTRAINT "proposal_evaluation_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_event" ADD CONSTRAINT "proposal_event_proposal_id_fk" FOREIGN KEY ("council_id","proposal_id") REFERENCES "public"."proposal"("council_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_event" ADD CONSTRAINT "proposal_event_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_key" ADD CONSTRAINT "proposal_key_proposal_id_fk" FOREIGN KEY ("council_id","proposal_id") REFERENCES "public"."proposal"("council_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_key" ADD CONSTRAINT "proposal_key_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_merge_group" ADD CONSTRAINT "proposal_merge_group_session_id_fk" FOREIGN KEY ("council_id","session_id") REFERENCES "public"."term_session"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_merge_group" ADD CONSTRAINT "proposal_merge_group_primary_proposal_id_fk" FOREIGN KEY ("council_id","primary_proposal_id") REFERENCES "public"."proposal"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_merge_group" ADD CONSTRAINT "proposal_merge_group_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_reply" ADD CONSTRAINT "proposal_reply_proposal_id_fk" FOREIGN KEY ("council_id","proposal_id") REFERENCES "public"."proposal"("council_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_reply" ADD CONSTRAINT "proposal_reply_handling_unit_id_fk" FOREIGN KEY ("council_id","handling_unit_id") REFERENCES "public"."handling_unit"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_reply" ADD CONSTRAINT "proposal_reply_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_review" ADD CONSTRAINT "proposal_review_proposal_id_fk" FOREIGN KEY ("council_id","proposal_id") REFERENCES "public"."proposal"("council_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_review" ADD CONSTRAINT "proposal_review_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_serial" ADD CONSTRAINT "proposal_serial_session_id_fk" FOREIGN KEY ("council_id","session_id") REFERENCES "public"."term_session"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_extension" ADD CONSTRAINT "deadline_extension_handling_unit_id_fk" FOREIGN KEY ("council_id","handling_unit_id") REFERENCES "public"."handling_unit"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_extension" ADD CONSTRAINT "deadline_extension_requested_by_fk" FOREIGN KEY ("council_id","requested_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_extension" ADD CONSTRAINT "deadline_extension_decided_by_fk" FOREIGN KEY ("council_id","decided_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_entry" ADD CONSTRAINT "timeline_entry_actor_account_id_fk" FOREIGN KEY ("council_id","actor_account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_council_username_idx" ON "account" USING btree ("council_id","username");--> statement-breakpoint
CREATE INDEX "account_username_idx" ON "account" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_event_request_uq" ON "proposal_event" USING btree ("proposal_id","request_id","council_id") WHERE "proposal_event"."request_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "deadline_extension_pending_uq" ON "deadline_extension" USING btree ("subject_kind","subject_id","council_id") WHERE "deadline_extension"."status" = 'pending';--> statement-breakpoint
ALTER TABLE "proposal_serial" DROP CONSTRAINT "proposal_serial_pk";
--> statement-breakpoint
ALTER TABLE "proposal_serial" ADD CONSTRAINT "proposal_serial_pk" PRIMARY KEY("session_id","council_id");--> statement-breakpoint
ALTER TABLE "member" ADD CONSTRAINT "member_term_phone_uq" UNIQUE("term_id","phone","council_id");--> statement-breakpoint
ALTER TABLE "term_session" ADD CONSTRAINT "term_session_term_number_uq" UNIQUE("term_id","number","council_id");--> statement-breakpoint
ALTER TABLE "consultation_attendance" ADD CONSTRAINT "consultation_attendance_uq" UNIQUE("consultation_id","member_id","council_id");--> statement-breakpoint
ALTER TABLE "consultation_check_in_code" ADD CONSTRAINT "consultation_check_in_code_token_uq" UNIQUE("token_hash","council_id");--> statement-breakpoint
ALTER TABLE "consultation_invitation" ADD CONSTRAINT "consultation_invitation_uq" UNIQUE("consultation_id","member_id","council_id");--> statement-breakpoint
ALTER TABLE "resident_topic" ADD CONSTRAINT "resident_topic_dedupe_uq" UNIQUE("township_id","dedupe_key","council_id");--> statement-breakpoint
ALTER TABLE "proposal_assignment" ADD CONSTRAINT "proposal_assignment_uq" UNIQUE("proposal_id","round","handling_unit_id","council_id");--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" ADD CONSTRAINT "proposal_co_opinion_uq" UNIQUE("proposal_id","assignment_round","handling_unit_id","council_id");--> statement-breakpoint
ALTER TABLE "proposal_cosigner" ADD CONSTRAINT "proposal_cosigner_uq" UNIQUE("proposal_id","member_id","council_id");--> statement-breakpoint
ALTER TABLE "proposal_evaluation" ADD CONSTRAINT "proposal_evaluation_uq" UNIQUE("proposal_id","round","council_id");--> statement-breakpoint
ALTER TABLE "proposal_reply" ADD CONSTRAINT "proposal_reply_uq" UNIQUE("proposal_id","assignment_round","round","handling_unit_id","council_id");
--> statement-breakpoint
INSERT INTO "account_username" ("username", "council_id", "account_id") SELECT "username", "council_id", "id" FROM "account";
