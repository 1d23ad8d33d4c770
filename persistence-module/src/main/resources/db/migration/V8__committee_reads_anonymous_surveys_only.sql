-- A steering committee reads the results of anonymous training surveys only: an identified survey (the needs
-- assessment, whose answers make up experience profiles) stays with HR.
UPDATE survey SET results_sharing = 'HR_ONLY' WHERE results_sharing = 'COMMITTEE' AND access_mode <> 'LINK_ANONYMOUS';
