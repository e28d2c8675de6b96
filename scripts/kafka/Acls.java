// Creates the ACLs read from stdin on the broker a client config names; run by
// `scripts/kafka.sh acls` as a single-file Java program on the broker's own class path
// (java -cp '.cache/kafka/lib/*' scripts/kafka/Acls.java CLIENT.properties < SPEC).
//
// SPEC: one binding per line, `PRINCIPAL RESOURCE_TYPE PATTERN_TYPE NAME OPERATION...`,
// e.g. `User:coach-api Topic LITERAL coach.commands Write Describe`; # starts a comment.
// Every binding allows, from any host. Creating one that exists changes nothing.
import java.io.BufferedReader;
import java.io.FileReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

public class Acls {
  public static void main(String[] args) throws Exception {
    Properties client = new Properties();
    try (FileReader config = new FileReader(args[0])) {
      client.load(config);
    }
    List<AclBinding> bindings = new ArrayList<>();
    BufferedReader spec = new BufferedReader(new InputStreamReader(System.in));
    for (String line = spec.readLine(); line != null; line = spec.readLine()) {
      String[] field = line.replaceAll("#.*", "").trim().split("\\s+");
      if (field.length < 5) {
        continue;
      }
      ResourcePattern pattern = new ResourcePattern(
          ResourceType.fromString(field[1]), field[3], PatternType.fromString(field[2]));
      for (int i = 4; i < field.length; i++) {
        // DescribeConfigs in the spec, DESCRIBE_CONFIGS in the enum.
        AclOperation operation =
            AclOperation.fromString(field[i].replaceAll("([a-z])([A-Z])", "$1_$2"));
        if (operation == AclOperation.UNKNOWN) {
          throw new IllegalArgumentException("unknown operation " + field[i] + " in: " + line);
        }
        AccessControlEntry entry =
            new AccessControlEntry(field[0], "*", operation, AclPermissionType.ALLOW);
        bindings.add(new AclBinding(pattern, entry));
      }
    }
    try (Admin admin = Admin.create(client)) {
      admin.createAcls(bindings).all().get();
    }
    System.out.println("created " + bindings.size() + " ACL bindings");
  }
}
