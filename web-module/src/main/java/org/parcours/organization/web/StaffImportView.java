package org.parcours.organization.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.stream.Collectors;
import org.parcours.organization.boundary.StaffImportReport;
import org.parcours.organization.boundary.StaffImportService;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import jakarta.servlet.http.Part;
import org.parcours.platform.web.Uploads;

/**
 * Staff CSV import: upload, read the line-by-line report, then import; a file with refused lines is imported only
 * when the admin chooses to import its valid lines.
 */
@Named
@ViewScoped
public class StaffImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    @EJB
    transient StaffImportService imports;

    @Inject
    transient Messages messages;

    private transient Part file;
    private String fileName;
    private String csv;
    private StaffImportReport report;

    public void analyse() {
        report = null;
        csv = null;
        if (!Uploads.chosen(file)) {
            messages.error("import.noFile");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            messages.error("import.tooLarge", MAX_BYTES / (1024 * 1024));
            return;
        }
        try {
            byte[] content = Uploads.bytes(file);
            csv = decode(content);
            fileName = Uploads.name(file);
            report = imports.analyse(csv);
        } catch (CharacterCodingException e) {
            messages.error("import.notUtf8");
        }
    }

    /** UTF-8, or Windows-1252 as spreadsheet software often saves CSV in France. */
    private static String decode(byte[] content) throws CharacterCodingException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return java.nio.charset.Charset.forName("windows-1252").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        }
    }

    public String importAll() {
        return run(false);
    }

    public String importValidLines() {
        return run(true);
    }

    private String run(boolean validLinesOnly) {
        if (csv == null) {
            messages.error("import.noFile");
            return null;
        }
        try {
            StaffImportService.ImportResult result = imports.importFile(csv, validLinesOnly);
            messages.info("import.done", result.created(), result.updated(), result.skipped());
            messages.keepAfterRedirect();
            return "/staff/directory.xhtml?faces-redirect=true";
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
            return null;
        }
    }

    public void cancel() {
        report = null;
        csv = null;
        fileName = null;
    }

    public String problems(StaffImportReport.Line line) {
        return line.problems().stream().map(this::problem).collect(Collectors.joining(" ; "));
    }

    public String problem(StaffImportReport.Problem problem) {
        String text = messages.text(problem.key(), problem.arguments().toArray());
        return problem.column() == null ? text : problem.column() + " : " + text;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public StaffImportReport getReport() {
        return report;
    }

    public void downloadTemplate() throws IOException {
        org.omnifaces.util.Faces.sendFile(("employee_number;first_name;last_name;email;category;contract_type;"
                + "hire_date;contract_end;job_title;unit_code;manager_employee_number\n"
                + "E9001;Jeanne;Exemple;jeanne.exemple@example.org;RESEARCHER;FIXED_TERM;2026-09-01;2028-08-31;"
                + "Post-doctorante;U1001;E1021\n").getBytes(StandardCharsets.UTF_8), "staff-template.csv", true);
    }
}
