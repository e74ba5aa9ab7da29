// The best assignment of people to channels under capacity, as a min-cost flow.
//
// Network: source -> person (capacity 1, cost 0) -> each usable channel (capacity 1,
// cost M - value) -> sink (capacity = the channel's), plus person -> sink (capacity 1, cost
// M) for "not contacted". Every person sends one unit, so the flow is always the number of
// people, and its cost is people x M - the total value: the cheapest flow is the assignment
// of greatest value. Without the "not contacted" edge a maximum flow would be forced first,
// which can trade one high-value contact for two poor ones. All costs are >= 0, as
// successive_shortest_path_nonnegative_weights requires.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>

#include <algorithm>
#include <cmath>

#include "eligo/outreach.hpp"

namespace eligo::outreach {
namespace {

using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
using Graph = boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS, boost::no_property,
    boost::property<boost::edge_capacity_t, long,
                    boost::property<boost::edge_residual_capacity_t, long,
                                    boost::property<boost::edge_reverse_t, Traits::edge_descriptor,
                                                    boost::property<boost::edge_weight_t, double>>>>>;
using Edge = Traits::edge_descriptor;

class FlowNetwork {
 public:
  explicit FlowNetwork(std::size_t vertices) : graph_(vertices) {}

  Edge add(std::size_t from, std::size_t to, long capacity, double cost) {
    const Edge forward = boost::add_edge(from, to, graph_).first;
    const Edge backward = boost::add_edge(to, from, graph_).first;
    boost::put(boost::edge_capacity, graph_, forward, capacity);
    boost::put(boost::edge_capacity, graph_, backward, 0);
    boost::put(boost::edge_weight, graph_, forward, cost);
    boost::put(boost::edge_weight, graph_, backward, -cost);
    boost::put(boost::edge_reverse, graph_, forward, backward);
    boost::put(boost::edge_reverse, graph_, backward, forward);
    return forward;
  }

  void solve(std::size_t source, std::size_t sink) {
    boost::successive_shortest_path_nonnegative_weights(graph_, source, sink);
  }

  bool carries_flow(const Edge& edge) const {
    return boost::get(boost::edge_capacity, graph_, edge) - boost::get(boost::edge_residual_capacity, graph_, edge) > 0;
  }

 private:
  Graph graph_;
};

// Costs are whole numbers: values are scaled so that the largest is 1e9. They are held in
// doubles, where every path's cost and every vertex potential (at most a few 1e14) is an
// exact integer below 2^53. Not in long: the solver gives a vertex it cannot reach the
// distance "infinity" (the type's maximum) and adds it to that vertex's potential, which
// overflows a long (undefined behaviour) but is +inf in a double. Unreachable vertices stay
// unreachable in later rounds, so their potentials are never read.
constexpr double cost_scale = 1e9;

}  // namespace

Assignment assign_optimal(const AssignmentProblem& problem) {
  const std::size_t persons = problem.options.size();
  Assignment assignment;
  assignment.channel.assign(persons, std::nullopt);
  double largest = 0;
  for (const auto& options : problem.options)
    for (const ChannelValue& option : options) largest = std::max(largest, option.value);
  if (persons == 0) return assignment;

  const std::size_t source = 0;
  const std::size_t first_person = 1;
  const std::size_t first_channel = first_person + persons;
  const std::size_t sink = first_channel + channel_count;
  FlowNetwork network(sink + 1);
  const long not_contacted_cost = static_cast<long>(cost_scale);
  const auto cost_of = [&](double value) {
    const double scaled = largest > 0 ? value / largest * cost_scale : 0.0;
    return not_contacted_cost - std::lround(scaled);
  };

  std::vector<std::vector<std::pair<Edge, Channel>>> person_edges(persons);
  for (std::size_t p = 0; p < persons; ++p) {
    network.add(source, first_person + p, 1, 0);
    network.add(first_person + p, sink, 1, not_contacted_cost);
    for (const ChannelValue& option : problem.options[p]) {
      const std::size_t channel_vertex = first_channel + static_cast<std::size_t>(option.channel);
      person_edges[p].emplace_back(network.add(first_person + p, channel_vertex, 1, cost_of(option.value)), option.channel);
    }
  }
  for (const Channel channel : all_channels) {
    const long room = static_cast<long>(std::min(problem.capacity.of(channel), persons));
    if (room > 0) network.add(first_channel + static_cast<std::size_t>(channel), sink, room, 0);
  }
  network.solve(source, sink);

  for (std::size_t p = 0; p < persons; ++p)
    for (const auto& [edge, channel] : person_edges[p])
      if (network.carries_flow(edge)) {
        assignment.channel[p] = channel;
        const auto& options = problem.options[p];
        // Compared through a plain copy: clang 14 (the sanitizer builds) cannot capture a
        // structured binding in a lambda.
        const auto assigned = channel;
        const auto chosen = std::find_if(options.begin(), options.end(),
                                         [&](const ChannelValue& o) { return o.channel == assigned; });
        assignment.total_value += chosen->value;
      }
  return assignment;
}

}  // namespace eligo::outreach
