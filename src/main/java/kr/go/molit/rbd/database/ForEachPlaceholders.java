package kr.go.molit.rbd.database;

import static kr.go.molit.rbd.database.LibraryFields.field;
import static kr.go.molit.rbd.database.LibraryFields.get;
import static kr.go.molit.rbd.database.LibraryFields.getInt;
import static kr.go.molit.rbd.database.LibraryFields.set;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.apache.ibatis.parsing.GenericTokenParser;
import org.apache.ibatis.scripting.xmltags.ChooseSqlNode;
import org.apache.ibatis.scripting.xmltags.DynamicContext;
import org.apache.ibatis.scripting.xmltags.ForEachSqlNode;
import org.apache.ibatis.scripting.xmltags.IfSqlNode;
import org.apache.ibatis.scripting.xmltags.MixedSqlNode;
import org.apache.ibatis.scripting.xmltags.SqlNode;
import org.apache.ibatis.scripting.xmltags.TrimSqlNode;
import org.apache.ibatis.session.Configuration;

/**
 * The body of a MyBatis {@code <foreach>}, with its placeholders renamed per item without a regular
 * expression compiled for each one.
 *
 * <p>For every item, MyBatis renames the placeholders of the loop's body that name the item or its
 * index ({@code #{group}} becomes {@code #{__frch_group_3}}) with {@code
 * content.replaceFirst("^\\s*" + item + "(?![^.,:\\s])", ...)}: a pattern compiled anew for every
 * placeholder of every item. The engine's statements loop over a user's groups in each
 * authorization check, so this was 3.2 % of the walker's and HTTP threads' samples (JFR), most of
 * it compiling the same few patterns. This body renames exactly what that expression renames —
 * optional leading whitespace, the name, then the end or one of {@code . , :} or whitespace — by
 * reading the characters, for names made of letters, digits and underscores (every name in the
 * engine's mappings); any other name goes through MyBatis's expression as before. Everything else
 * (bindings, the separator, nested loops) is MyBatis's own: the loop still binds the items and
 * hands each its context, and this body writes to that context's delegate what MyBatis would have.
 *
 * <p>With {@code verify} on (the tests' configuration), every renaming is also done MyBatis's way
 * and a difference fails the statement.
 */
final class ForEachPlaceholders implements SqlNode {

  /** MyBatis's per-item context of a loop, and the fields this body reads from it. */
  private static final Class<?> LOOP_CONTEXT = loopContext();

  private static final Field LOOP_DELEGATE = field(LOOP_CONTEXT, "delegate");
  private static final Field LOOP_ITEM = field(LOOP_CONTEXT, "item");
  private static final Field LOOP_ITEM_INDEX = field(LOOP_CONTEXT, "itemIndex");
  private static final Field LOOP_NUMBER = field(LOOP_CONTEXT, "index");

  private static final Field MIXED_CONTENTS = field(MixedSqlNode.class, "contents");
  private static final Field IF_CONTENTS = field(IfSqlNode.class, "contents");
  private static final Field TRIM_CONTENTS = field(TrimSqlNode.class, "contents");
  private static final Field FOREACH_CONTENTS = field(ForEachSqlNode.class, "contents");
  private static final Field CHOOSE_DEFAULT = field(ChooseSqlNode.class, "defaultSqlNode");
  private static final Field CHOOSE_WHENS = field(ChooseSqlNode.class, "ifSqlNodes");

  /** Items whose placeholders this body renamed, in this JVM (for tests). */
  private static final LongAdder ITEMS = new LongAdder();

  private final Configuration configuration;
  private final SqlNode body;
  private final boolean verify;

  ForEachPlaceholders(Configuration configuration, SqlNode body, boolean verify) {
    this.configuration = configuration;
    this.body = body;
    this.verify = verify;
  }

  /**
   * Gives every {@code <foreach>} under the node this body; returns how many. Loops already given
   * it, and nodes of kinds MyBatis's XML does not make, are left as they are.
   */
  static int install(Configuration configuration, SqlNode root, boolean verify) {
    return install(configuration, root, verify, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  @SuppressWarnings("unchecked")
  private static int install(
      Configuration configuration, SqlNode node, boolean verify, Set<SqlNode> seen) {
    if (node == null || !seen.add(node)) {
      return 0;
    }
    int installed = 0;
    if (node instanceof MixedSqlNode) {
      for (SqlNode child : (List<SqlNode>) get(MIXED_CONTENTS, node)) {
        installed += install(configuration, child, verify, seen);
      }
    } else if (node instanceof IfSqlNode) {
      installed += install(configuration, (SqlNode) get(IF_CONTENTS, node), verify, seen);
    } else if (node instanceof TrimSqlNode) {
      installed += install(configuration, (SqlNode) get(TRIM_CONTENTS, node), verify, seen);
    } else if (node instanceof ChooseSqlNode) {
      for (SqlNode when : (List<SqlNode>) get(CHOOSE_WHENS, node)) {
        installed += install(configuration, when, verify, seen);
      }
      installed += install(configuration, (SqlNode) get(CHOOSE_DEFAULT, node), verify, seen);
    } else if (node instanceof ForEachSqlNode) {
      SqlNode body = (SqlNode) get(FOREACH_CONTENTS, node);
      if (!(body instanceof ForEachPlaceholders)) {
        installed += install(configuration, body, verify, seen);
        set(FOREACH_CONTENTS, node, new ForEachPlaceholders(configuration, body, verify));
        installed++;
      }
    }
    return installed;
  }

  @Override
  public boolean apply(DynamicContext context) {
    if (context.getClass() != LOOP_CONTEXT) {
      return body.apply(context); // not handed by a MyBatis loop: nothing to rename here
    }
    ITEMS.increment();
    return body.apply(
        new Renaming(
            configuration,
            context,
            (DynamicContext) get(LOOP_DELEGATE, context),
            (String) get(LOOP_ITEM, context),
            (String) get(LOOP_ITEM_INDEX, context),
            getInt(LOOP_NUMBER, context),
            verify));
  }

  static long itemsRenamed() {
    return ITEMS.sum();
  }

  private static Class<?> loopContext() {
    try {
      return Class.forName(
          ForEachSqlNode.class.getName() + "$FilteredDynamicContext",
          false,
          ForEachSqlNode.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("MyBatis's loop has no per-item context class", e);
    }
  }

  /** One item's context: MyBatis's, except that the placeholders are renamed here. */
  static final class Renaming extends DynamicContext {

    private final DynamicContext loop;
    private final DynamicContext delegate;
    private final String item;
    private final String itemIndex;
    private final int number;
    private final boolean verify;

    Renaming(
        Configuration configuration,
        DynamicContext loop,
        DynamicContext delegate,
        String item,
        String itemIndex,
        int number,
        boolean verify) {
      super(configuration, null);
      this.loop = loop;
      this.delegate = delegate;
      this.item = item;
      this.itemIndex = itemIndex;
      this.number = number;
      this.verify = verify;
    }

    @Override
    public Map<String, Object> getBindings() {
      return loop.getBindings();
    }

    @Override
    public void bind(String name, Object value) {
      loop.bind(name, value);
    }

    @Override
    public String getSql() {
      return loop.getSql();
    }

    @Override
    public int getUniqueNumber() {
      return loop.getUniqueNumber();
    }

    @Override
    public void appendSql(String sql) {
      delegate.appendSql(new GenericTokenParser("#{", "}", this::placeholder).parse(sql));
    }

    private String placeholder(String content) {
      String renamed = rename(content, item, number);
      if (itemIndex != null && renamed.equals(content)) {
        renamed = rename(content, itemIndex, number);
      }
      return "#{" + renamed + "}";
    }

    private String rename(String content, String name, int number) {
      String renamed = renamed(content, name, number);
      if (verify) {
        String mybatis = mybatis(content, name, number);
        if (!mybatis.equals(renamed)) {
          throw new IllegalStateException(
              "Placeholder "
                  + content
                  + " renamed to "
                  + renamed
                  + " where MyBatis renames it to "
                  + mybatis);
        }
      }
      return renamed;
    }
  }

  /** What MyBatis's loop makes of a placeholder's content for the name and item number. */
  static String mybatis(String content, String name, int number) {
    return content.replaceFirst("^\\s*" + name + "(?![^.,:\\s])", itemized(name, number));
  }

  /** The same, read character by character for plain names; MyBatis's expression for others. */
  static String renamed(String content, String name, int number) {
    if (!plain(name)) {
      return mybatis(content, name, number);
    }
    int start = 0;
    while (start < content.length() && regexSpace(content.charAt(start))) {
      start++;
    }
    if (!content.startsWith(name, start)) {
      return content;
    }
    int end = start + name.length();
    if (end < content.length()) {
      char next = content.charAt(end);
      if (next != '.' && next != ',' && next != ':' && !regexSpace(next)) {
        return content;
      }
    }
    return itemized(name, number) + content.substring(end);
  }

  private static String itemized(String name, int number) {
    return ForEachSqlNode.ITEM_PREFIX + name + "_" + number;
  }

  /** Letters, digits and underscores only (null reads "null", as MyBatis's concatenation does). */
  static boolean plain(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code \s} of Java's regular expressions: space, tab, newline, vertical tab, form feed, return.
   */
  static boolean regexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
