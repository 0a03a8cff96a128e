package org.fourpermille.hub.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.tika.Tika;
import org.fourpermille.hub.config.Setting;

/**
 * Says what an uploaded file really is, from its bytes: the name and the type the browser claims are
 * ignored, so a renamed executable is seen for what it is. Images are also opened, so a file that only
 * starts like a PNG is refused, and so is one whose dimensions would exhaust memory when shown.
 */
@ApplicationScoped
public class FileContent {

    /** Larger than any logo needs; refuses "decompression bombs" before they are decoded. */
    static final int MAX_IMAGE_SIDE = 8000;

    private static final Tika TIKA = new Tika();

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Stores checked content once: the same bytes uploaded twice are one row, addressed by their SHA-256. */
    public StoredFile store(byte[] content, String mediaType) {
        StoredFile file = em.find(StoredFile.class, StoredFile.sha256(content));
        if (file == null) {
            file = new StoredFile(content, mediaType, clock.now());
            em.persist(file);
        }
        return file;
    }

    /** The media type of {@code content}, after the size limit; {@link BusinessException} naming the file otherwise. */
    public String inspect(String fileName, byte[] content) {
        long max = Setting.UPLOAD_MAX_BYTES.lookup(Long.class);
        if (content == null || content.length == 0) {
            throw new BusinessException("file.error.empty", fileName);
        }
        if (content.length > max) {
            throw new BusinessException("file.error.tooLarge", fileName, Math.max(1, max / (1024 * 1024)));
        }
        String mediaType = TIKA.detect(content);
        if (mediaType.startsWith("image/") && !isSaneImage(content)) {
            throw new BusinessException("file.error.brokenImage", fileName);
        }
        return mediaType;
    }

    private static boolean isSaneImage(byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
                    return false;
                }
                return reader.read(0) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
