package org.rrhub.documents.api;

import java.io.InputStream;

/** A file as it arrives: the name its sender gave it (a label only: the type is read from the content). */
public record Upload(String fileName, InputStream content) {
}
