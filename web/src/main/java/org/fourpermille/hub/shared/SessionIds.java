package org.fourpermille.hub.shared;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Session ids of 128 bits from {@link SecureRandom}, nothing else. Payara's session manager for
 * distributable applications draws them from a UUID generator that begins each id with 32 bits of the
 * clock, which tells an observer when a session began and narrows guessing. Payara reads a generator from
 * its session configuration only for in-memory sessions, so this listener gives the web application's
 * session manager ours at start, by reflection over the container's classes (Payara's
 * {@code ManagerBase.setUuidGenerator}); if a later Payara changes them, the application still starts, with
 * Payara's ids, and says so in the log.
 */
@WebListener
public class SessionIds implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionIds.class.getName());
    private static final int ID_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            Object manager = manager(event.getServletContext());
            Method setter = findMethod(manager.getClass(), "setUuidGenerator");
            Class<?> generatorType = setter.getParameterTypes()[0];
            Object generator = Proxy.newProxyInstance(generatorType.getClassLoader(), new Class<?>[] {generatorType},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "generateUuid" -> next();
                        case "toString" -> "SecureRandom 128-bit session ids";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            setter.invoke(manager, generator);
            LOG.info("Session ids: 128 random bits from SecureRandom");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Session ids stay Payara's own: its session manager could not be reached", e);
        }
    }

    /** A new session id: 32 hexadecimal digits, all of them random. */
    public static String next() {
        byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** ApplicationContextFacade → ApplicationContext → StandardContext → its Manager. */
    private static Object manager(ServletContext servletContext) throws ReflectiveOperationException {
        Object current = servletContext;
        for (int hop = 0; hop < 3; hop++) {
            Method getManager = findMethodOrNull(current.getClass(), "getManager");
            if (getManager != null) {
                Object manager = getManager.invoke(current);
                if (manager != null) {
                    return manager;
                }
            }
            Field context = findField(current.getClass(), "context");
            context.setAccessible(true);
            current = context.get(current);
        }
        throw new NoSuchMethodException("getManager");
    }

    private static Method findMethod(Class<?> type, String name) throws NoSuchMethodException {
        Method found = findMethodOrNull(type, name);
        if (found == null) {
            throw new NoSuchMethodException(name);
        }
        return found;
    }

    private static Method findMethodOrNull(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == (name.startsWith("set") ? 1 : 0)) {
                    method.setAccessible(true);
                    return method;
                }
            }
        }
        return null;
    }

    private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException ignored) {
                // look further up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
