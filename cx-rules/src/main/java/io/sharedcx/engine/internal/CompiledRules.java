package io.sharedcx.engine.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * What compiling custom DRL to the executable model produced: the generated classes (by binary name) and
 * the names of the model classes among them. It loads in a class loader of its own, and becomes a KieBase
 * together with the prebuilt pack's models, so the pack is never compiled again. It is also the unit the
 * {@link CompileCache} keeps on disk.
 */
public final class CompiledRules {
  private static final int MAGIC = 0x53435852; // "SCXR"
  private static final int FORMAT = 1;

  private final Map<String, byte[]> classes;
  private final List<String> models;

  CompiledRules(Map<String, byte[]> classes, List<String> models) {
    this.classes = new TreeMap<>(classes);
    this.models = List.copyOf(models);
    for (String model : this.models) {
      if (!this.classes.containsKey(model)) {
        throw new IllegalArgumentException("model class " + model + " is not among the classes");
      }
    }
  }

  /** The classes and model index of an executable-model build. */
  static CompiledRules of(InternalKieModule module) {
    Map<String, byte[]> classes = new TreeMap<>();
    List<String> models = new ArrayList<>();
    for (String file : module.getFileNames()) {
      if (file.endsWith(".class")) {
        classes.put(
            file.substring(0, file.length() - ".class".length()).replace('/', '.'),
            module.getBytes(file));
      } else if (file.startsWith("META-INF/kie/") && file.endsWith("/drools-model")) {
        for (String line : new String(module.getBytes(file), StandardCharsets.UTF_8).split("\\R")) {
          String name = line.trim();
          if (!name.isEmpty() && !name.startsWith("Drools-Model-Version:")) {
            models.add(name);
          }
        }
      }
    }
    return new CompiledRules(classes, models);
  }

  /** The model classes' names. */
  List<String> models() {
    return models;
  }

  /**
   * A KieBase of {@code prebuilt} models (the pack's) and these rules' models, defined in a new class
   * loader below {@code parent}.
   *
   * @throws IllegalStateException when a generated class cannot be defined or instantiated
   */
  KieBase kieBase(Collection<Model> prebuilt, ClassLoader parent) {
    Loader loader = new Loader(parent, classes);
    List<Model> all = new ArrayList<>(prebuilt);
    for (String name : models) {
      try {
        all.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
        throw new IllegalStateException("cannot load compiled rule model " + name + ": " + e, e);
      }
    }
    return KieBaseBuilder.createKieBaseFromModel(
        all, KieServices.get().newKieBaseConfiguration(null, loader));
  }

  /** The bytes of this unit, ending in a SHA-256 of everything before it. */
  byte[] write() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(models.size());
      for (String m : models) {
        out.writeUTF(m);
      }
      out.writeInt(classes.size());
      for (Map.Entry<String, byte[]> c : classes.entrySet()) {
        out.writeUTF(c.getKey());
        out.writeInt(c.getValue().length);
        out.write(c.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] body = bytes.toByteArray();
    byte[] digest = sha256(body, body.length);
    byte[] all = Arrays.copyOf(body, body.length + digest.length);
    System.arraycopy(digest, 0, all, body.length, digest.length);
    return all;
  }

  /**
   * Reads what {@link #write()} wrote.
   *
   * @throws IOException when the bytes are truncated, altered or of another format
   */
  static CompiledRules read(byte[] all) throws IOException {
    if (all.length < 32 + 12) {
      throw new IOException("too short (" + all.length + " bytes)");
    }
    int body = all.length - 32;
    if (!Arrays.equals(sha256(all, body), Arrays.copyOfRange(all, body, all.length))) {
      throw new IOException("checksum mismatch");
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, body))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        throw new IOException("not a compiled-rules entry of format " + FORMAT);
      }
      List<String> models = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        models.add(in.readUTF());
      }
      Map<String, byte[]> classes = new TreeMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        String name = in.readUTF();
        byte[] code = new byte[in.readInt()];
        in.readFully(code);
        classes.put(name, code);
      }
      if (in.available() != 0) {
        throw new IOException("trailing bytes");
      }
      return new CompiledRules(classes, models);
    } catch (IllegalArgumentException | NegativeArraySizeException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  static byte[] sha256(byte[] bytes, int length) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes, 0, length);
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Defines the generated classes on first use; everything else comes from the parent. */
  private static final class Loader extends ClassLoader {
    static {
      registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    Loader(ClassLoader parent, Map<String, byte[]> classes) {
      super("sharedcx-custom-rules", parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] code = classes.get(name);
      if (code == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, code, 0, code.length);
    }
  }
}
