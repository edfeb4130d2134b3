import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j Community server in-process with only the Bolt connector, bound to
 * 127.0.0.1. Started by the Node side (src/db/localNeo4j.ts) when NEO4J_URI is unset.
 *
 * Arguments: <home dir> <bolt port>. The password is read from the environment
 * (LOCAL_NEO4J_PASSWORD) so it never shows up in `ps`.
 *
 * Protocol with the parent: one line "READY <port>" on stdout once Bolt accepts
 * connections. The process stops the database cleanly on SIGTERM/SIGINT and when
 * its stdin closes (the parent died without cleaning up).
 */
public final class LocalNeo4j {
  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable t) {
      // Without this the JVM would stay up on Neo4j's own threads and the parent
      // would wait for a READY line that never comes.
      t.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 512;
    String password = System.getenv("LOCAL_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("LOCAL_NEO4J_PASSWORD must be set (8+ characters)");
      System.exit(2);
    }
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        .build();

    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("local neo4j: shutting down");
      dbms.shutdown();
    }));

    // On every start the password is set to the one kept beside the data, so the
    // default neo4j/neo4j credentials are never usable. Neo4j refuses to "change" a
    // password to its current value, which is the normal case on a restart.
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (QueryExecutionException e) {
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }

    System.out.println("READY " + port);
    System.out.flush();

    // Parent-death watchdog: when stdin reaches EOF the Node process is gone.
    while (System.in.read() != -1) {
      // ignore input
    }
    System.exit(0);
  }
}
