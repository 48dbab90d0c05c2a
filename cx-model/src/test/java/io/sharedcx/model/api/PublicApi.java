package io.sharedcx.model.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public surface of one library module, read by reflection from its compiled classes: the packages
 * its {@code module-info} exports, their public types, and those types' public and protected members
 * (including the ones a public type inherits from a package-private supertype, which users see as its
 * own). Shared by the API tests of every library module.
 */
public final class PublicApi {
  /** The system property that rewrites the checked-in listing instead of comparing with it. */
  public static final String UPDATE = "cx.api.update";

  private final ModuleDescriptor module;
  private final List<Class<?>> types;

  private PublicApi(ModuleDescriptor module, List<Class<?>> types) {
    this.module = module;
    this.types = types;
  }

  /** The API of the module whose classes (folder or jar on the class path) hold {@code anchor}. */
  public static PublicApi of(Class<?> anchor) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path descriptor = root.resolve("module-info.class");
    if (!Files.isRegularFile(descriptor)) {
      throw new IllegalStateException(
          "no module-info.class in "
              + root
              + ". Maybe run the build (mvn verify) "
              + "rather than the test alone from a class folder without the descriptor.");
    }
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(descriptor)) {
      module = ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Class<?>> types = new ArrayList<>();
    for (ModuleDescriptor.Exports export : module.exports()) {
      if (export.isQualified()) {
        continue;
      }
      Path dir = root.resolve(export.source().replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file :
            (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
          String simple = file.getFileName().toString().replace(".class", "");
          if (simple.equals("package-info")) {
            continue;
          }
          Class<?> type =
              Class.forName(export.source() + "." + simple, false, anchor.getClassLoader());
          if (accessible(type)) {
            types.add(type);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    types.sort((a, b) -> a.getName().compareTo(b.getName()));
    return new PublicApi(module, types);
  }

  /** The surface made of the given types alone, for checking the checks. */
  static PublicApi ofTypes(ModuleDescriptor module, List<Class<?>> types) {
    return new PublicApi(module, types);
  }

  /** The module's name, from its descriptor. */
  public String moduleName() {
    return module.name();
  }

  /** The packages the module exports to everyone. */
  public Set<String> exportedPackages() {
    return module.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The public types of the exported packages, nested public and protected types included. */
  public List<Class<?>> types() {
    return List.copyOf(types);
  }

  /**
   * The sorted listing: one line per public type (its kind, modifiers and supertypes) and one per public
   * or protected constructor, method and field, with generic types spelled out.
   */
  public List<String> listing() {
    Set<String> lines = new TreeSet<>();
    for (Class<?> type : types) {
      String name = type.getTypeName();
      lines.add(name + " : " + header(type));
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers()) && !c.isSynthetic()) {
          lines.add(
              name
                  + " : "
                  + modifiers(c.getModifiers())
                  + "<init>("
                  + types(c.getGenericParameterTypes())
                  + ")");
        }
      }
      for (Method m : members(type)) {
        lines.add(
            name
                + " : "
                + modifiers(m.getModifiers())
                + m.getGenericReturnType().getTypeName()
                + " "
                + m.getName()
                + "("
                + types(m.getGenericParameterTypes())
                + ")");
      }
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          lines.add(
              name
                  + " : "
                  + modifiers(f.getModifiers())
                  + f.getGenericType().getTypeName()
                  + " "
                  + f.getName());
        }
      }
    }
    return List.copyOf(lines);
  }

  /**
   * Every place a generated {@code Immutable*} type shows in the public surface: as a public type, as a
   * supertype users can name, or in a public or protected signature; each naming the member.
   */
  public List<String> immutableLeaks() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : types) {
      String name = type.getTypeName();
      if (generated(type)) {
        leaks.add(name + " is a public generated type");
      }
      List<Type> supertypes = new ArrayList<>(Arrays.asList(type.getGenericInterfaces()));
      if (type.getGenericSuperclass() != null) {
        supertypes.add(type.getGenericSuperclass());
      }
      for (Type supertype : supertypes) {
        for (Class<?> named : named(supertype)) {
          if (generated(named) && accessible(named)) {
            leaks.add(name + " extends " + supertype.getTypeName());
          }
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers())) {
          check(
              leaks,
              name + "(" + types(c.getGenericParameterTypes()) + ")",
              c.getGenericParameterTypes());
        }
      }
      for (Method m : members(type)) {
        String member = name + "#" + m.getName() + "(" + types(m.getGenericParameterTypes()) + ")";
        check(leaks, member + " returns", m.getGenericReturnType());
        check(leaks, member + " takes", m.getGenericParameterTypes());
        check(leaks, member + " throws", m.getGenericExceptionTypes());
      }
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          check(leaks, name + "." + f.getName() + " field", f.getGenericType());
        }
      }
    }
    return leaks;
  }

  private static void check(List<String> leaks, String where, Type... signature) {
    for (Type t : signature) {
      for (Class<?> named : named(t)) {
        if (generated(named)) {
          leaks.add(where + " " + named.getTypeName());
        }
      }
    }
  }

  /** Public and protected methods a user sees on {@code type}: its own, and those of hidden supertypes. */
  private static List<Method> members(Class<?> type) {
    List<Method> members = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c != type && accessible(c)) {
        break; // a public supertype lists its own members
      }
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m.getModifiers())
            && !m.isSynthetic()
            && !m.isBridge()
            && seen.add(m.getName() + Arrays.toString(m.getParameterTypes()))) {
          members.add(m);
        }
      }
    }
    return members;
  }

  /** Every class a type names, through type arguments, bounds and array components. */
  private static Set<Class<?>> named(Type type) {
    Set<Class<?>> named = new LinkedHashSet<>();
    collect(type, named, new HashSet<>());
    return named;
  }

  private static void collect(Type type, Set<Class<?>> named, Set<Type> visiting) {
    if (!visiting.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        collect(c.getComponentType(), named, visiting);
      } else {
        named.add(c);
        if (c.getEnclosingClass() != null) {
          collect(c.getEnclosingClass(), named, visiting);
        }
      }
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), named, visiting);
      for (Type arg : p.getActualTypeArguments()) {
        collect(arg, named, visiting);
      }
    } else if (type instanceof WildcardType w) {
      Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds()))
          .forEach(b -> collect(b, named, visiting));
    } else if (type instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), named, visiting);
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        collect(bound, named, visiting);
      }
    }
  }

  /** A type Immutables generated for SharedCX: {@code ImmutableShipment} or a type nested in one. */
  private static boolean generated(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    return top.getPackageName().startsWith("io.sharedcx")
        && top.getSimpleName().startsWith("Immutable");
  }

  /** Whether code outside the package can name the type: public (or protected and nested) all the way out. */
  private static boolean accessible(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      int modifiers = c.getModifiers();
      if (!Modifier.isPublic(modifiers)
          && !(c.getEnclosingClass() != null && Modifier.isProtected(modifiers))) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String header(Class<?> type) {
    String kind =
        type.isAnnotation()
            ? "@interface"
            : type.isInterface()
                ? "interface"
                : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
    int modifiers = type.getModifiers();
    if (type.isInterface()) {
      modifiers &= ~(Modifier.ABSTRACT | Modifier.INTERFACE);
    }
    StringBuilder header = new StringBuilder(modifiers(modifiers)).append(kind);
    Type superclass = type.getGenericSuperclass();
    // A hidden supertype (the generated builder under a nested Builder) is not part of the surface.
    while (superclass != null && !accessible(raw(superclass))) {
      superclass = raw(superclass).getGenericSuperclass();
    }
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      header.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      header.append(type.isInterface() ? " extends " : " implements ").append(types(interfaces));
    }
    return header.toString();
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static String modifiers(int modifiers) {
    String text =
        Modifier.toString(
            modifiers
                & ~(Modifier.SYNCHRONIZED
                    | Modifier.NATIVE
                    | Modifier.TRANSIENT
                    | Modifier.VOLATILE
                    | Modifier.STRICT));
    return text.isEmpty() ? "" : text + " ";
  }

  private static String types(Type[] types) {
    return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.joining(", "));
  }

  /**
   * Compares the listing with the checked-in file, or rewrites the file when {@value #UPDATE} is true.
   *
   * @param file the checked-in listing, relative to the module's folder
   * @param module the Maven module, for the regeneration hint
   * @return the problem to report, or null when the listing matches (or was rewritten)
   */
  public String compareWith(Path file, String module) {
    List<String> actual = listing();
    if (Boolean.getBoolean(UPDATE)) {
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return null;
    }
    List<String> expected;
    try {
      expected = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (expected.equals(actual)) {
      return null;
    }
    Set<String> was = new LinkedHashSet<>(expected);
    Set<String> now = new LinkedHashSet<>(actual);
    StringBuilder diff =
        new StringBuilder(
            "The public API of "
                + module
                + " differs from "
                + module
                + "/"
                + file
                + " (- listed but gone, + new and not listed):\n");
    expected.stream()
        .filter(l -> !now.contains(l))
        .forEach(l -> diff.append("- ").append(l).append('\n'));
    actual.stream()
        .filter(l -> !was.contains(l))
        .forEach(l -> diff.append("+ ").append(l).append('\n'));
    diff.append("If the change is deliberate, regenerate the listing and commit it: mvn -B -pl ")
        .append(module)
        .append(" -am verify -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false -D")
        .append(UPDATE)
        .append("=true");
    return diff.toString();
  }
}
