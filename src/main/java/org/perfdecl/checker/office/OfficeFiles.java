package org.perfdecl.checker.office;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.perfdecl.checker.declaration.InputException;

/** What kind of container a file is, and the reasons shared by the Office readers. */
public final class OfficeFiles {

    private OfficeFiles() {
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    /** A password-protected OOXML file is an OLE2 container with an EncryptedPackage; macros live in VBA storages. */
    static void refuseEncryptedOrMacros(DirectoryNode root) {
        if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
            throw encrypted();
        }
        if (root.hasEntry("_VBA_PROJECT_CUR") || root.hasEntry("Macros") || root.hasEntry("VBA")) {
            throw OfficeLimits.macros();
        }
    }

    static InputException encrypted() {
        return InputException.coded("encrypted", "the file is password-protected (encrypted); remove the password and send it again", null);
    }

    /** The kind of content, for a file that is not what its name says. */
    static String describe(byte[] b) {
        if (b.length == 0) {
            return "the file is empty";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "the content is a PNG image";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "the content is a JPEG image";
        }
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "the content is a PDF";
        }
        if (b.length >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return "the content is a GIF image";
        }
        return "the content is neither an Office Open XML (zip) nor an old-style Office file";
    }

    /** A POI failure as one short line, without class names. */
    private static final java.util.regex.Pattern EXCEPTION_NAME =
            java.util.regex.Pattern.compile("\\b(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ?");

    public static String reason(Throwable e) {
        String message = e.getMessage() == null ? "a part of it cannot be read" : e.getMessage();
        if (message.contains("Zip bomb")) {
            return "it unpacks to far more than it holds (a zip bomb)";
        }
        // POI wraps its causes' messages with their class names (org.apache.poi…InvalidFormatException: …):
        // the words are the user's, the class names are not
        message = EXCEPTION_NAME.matcher(message.replaceAll("\\s+", " ").strip()).replaceAll("");
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
