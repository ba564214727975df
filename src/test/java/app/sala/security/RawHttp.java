package app.sala.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends bytes that no well-behaved HTTP client would: broken request lines, bad header bytes,
 * contradictory lengths, bodies that stop halfway. Returns the status the server answered, or
 * -1 when it closed the connection without one.
 */
final class RawHttp {

    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");

    private RawHttp() {
    }

    record RawAnswer(int status, String head) {
    }

    static RawAnswer send(int port, byte[] request, boolean closeOutput) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            if (closeOutput) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int read;
                while ((read = in.read(buffer)) > 0 && answer.size() < 200_000) {
                    answer.write(buffer, 0, read);
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // What arrived before the server stopped talking is the answer.
            }
            String head = answer.toString(StandardCharsets.ISO_8859_1);
            int end = head.indexOf("\r\n\r\n");
            head = end < 0 ? head : head.substring(0, end);
            Matcher status = STATUS_LINE.matcher(head);
            return new RawAnswer(status.find() ? Integer.parseInt(status.group(1)) : -1, head);
        }
    }
}
