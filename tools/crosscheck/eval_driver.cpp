// Stand-in for `eligo check|test|evaluate` used by the cross-check while the command line is not
// built: links the eligo library. Build: g++ -std=c++20 -O1 -Iinclude tools/crosscheck/eval_driver.cpp \
//   build/libeligo.a -lyaml-cpp -lcrypto -lpthread -o build/eval_driver
#include <eligo/eligo.hpp>
#include <eligo/pack.hpp>
#include <eligo/program.hpp>
#include <eligo/population.hpp>
#include <fstream>
#include <iostream>
#include <algorithm>
using namespace eligo;
static std::string cents(std::int64_t c){ return format_scaled(c,2);}
int main(int argc,char**argv){
  std::string mode=argv[1]; std::filesystem::path dir=argv[2];
  std::vector<Diagnostic> probs; RulePack pack=load_pack(dir,probs);
  int nerr=0; for(auto&d:probs) if(d.severity==Severity::error){nerr++; std::cout<<d.to_string()<<"\n";}
  if(nerr) return 1;
  auto diags=check(pack); int nerr2=0; for(auto&d:diags) if(d.severity==Severity::error){nerr2++; std::cout<<d.to_string()<<"\n";}
  if(nerr2) return 1;
  Program prog=Program::compile(pack);
  if(mode=="check"){ std::cout<<"ok: "<<pack.inputs.size()<<" inputs, "<<pack.parameters.size()<<" parameters, "<<pack.variables.size()<<" variables, "<<pack.benefits.size()<<" benefits, "<<pack.tests.size()<<" tests\n"; return 0;}
  if(mode=="test"){
    int pass=0,fail=0; std::string filter = argc>3? argv[3]:"";
    for(auto&t:pack.tests){
      bool rel = filter.empty(); for(auto&e:t.expectations) if(e.benefit==filter) rel=true; if(!rel) continue;
      try{
      PopulationBuilder b(pack); b.add_group("g");
      for(auto&[k,v]:t.group) b.set_group_value(k,v);
      int i=0; for(auto&m:t.members){ std::string role=*m.at("role"); b.add_person("p"+std::to_string(i++),role);
        for(auto&[k,v]:m) if(k!="role") b.set_person_value(k,v);}
      Population pop=b.build(); auto per=*Period::parse(t.period);
      Results r=prog.evaluate(pop,per);
      bool ok=true; std::string msg;
      for(auto&e:t.expectations){ const BenefitResults* br=r.find(e.benefit); size_t bi=br-&r.benefits[0];
        std::string st(to_string(br->status[0])); auto fl=r.failed_conditions(bi,0); auto ms=r.missing_inputs(bi,0);
        std::string got=e.benefit+": "+st+" "+cents(br->amount_cents[0])+" failed=["; for(auto&f:fl) got+=f+","; got+="] missing=["; for(auto&m:ms) got+=m+","; got+="]";
        bool o=true;
        if(e.status && *e.status!=st) o=false;
        if(e.amount_cents && st=="eligible" && *e.amount_cents!=br->amount_cents[0]) o=false;
        if(e.amount_cents && st!="eligible" && *e.amount_cents!=0 ) o=false;
        if(e.failed){ auto a=*e.failed,bb=fl; std::sort(a.begin(),a.end()); std::sort(bb.begin(),bb.end()); if(a!=bb) o=false;}
        if(e.missing){ auto a=*e.missing,bb=ms; std::sort(a.begin(),a.end()); std::sort(bb.begin(),bb.end()); if(a!=bb) o=false;}
        if(!o){ ok=false; msg+="   got "+got+(e.amount_cents?" expected amount "+cents(*e.amount_cents):"")+(e.status?" status "+*e.status:"")+"\n";}
      }
      if(ok) pass++; else {fail++; std::cout<<"FAIL "<<t.where.to_string()<<" "<<t.name<<"\n"<<msg;}
      }catch(std::exception&ex){fail++; std::cout<<"ERROR "<<t.name<<": "<<ex.what()<<"\n";}
    }
    std::cout<<pass<<" passed, "<<fail<<" failed\n"; return fail?1:0;
  }
  if(mode=="eval"){ // eval dir period groups persons out
    Population pop=read_population_csv(pack,argv[4],argv[5]); auto per=*Period::parse(argv[3]);
    Results r=prog.evaluate(pop,per); std::ofstream o(argv[6]);
    o<<"id"; for(auto&b:r.benefits) o<<","<<b.benefit<<"_status,"<<b.benefit<<"_amount"; o<<"\n";
    for(size_t g=0;g<r.group_count();g++){ o<<r.group_ids[g]; for(auto&b:r.benefits) o<<","<<to_string(b.status[g])<<","<<cents(b.amount_cents[g]); o<<"\n";}
    return 0;
  }
  if(mode=="trace"){ // trace dir period groups persons groupindex
    Population pop=read_population_csv(pack,argv[4],argv[5]); auto per=*Period::parse(argv[3]);
    Trace tr=prog.trace(pop,std::stoul(argv[6]),per);
    for(auto&v:tr.values) std::cout<<v.kind<<" "<<v.name<<" "<<v.member_id<<" = "<<v.value<<"\n";
  }
  return 0;
}
